using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipBot.Dialogs;
using PartnershipBot.Texts;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// Neutral replies -> outgoing message activities (markdown text or one Adaptive Card attachment), the cards' chrome in
/// the culture given (the turn's; outside a turn, the recipient's).
/// </summary>
public static class TeamsActivityRenderer
{
    public static Activity Render(Reply reply, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply switch
        {
            TextReply text => new Activity { Type = ActivityTypes.Message, TextFormat = "markdown", Text = text.Text, Extra = Summary(text.Text) },
            ChoicesReply choices => WithCard(AdaptiveCardRenderer.Choices(choices, culture), choices.Prompt),
            DatePromptReply date => WithCard(AdaptiveCardRenderer.DatePrompt(date, culture), date.Prompt),
            CardReply card => WithCard(AdaptiveCardRenderer.Render(card.Card, culture), card.Card.Title),
            DocumentReply document => Render(new TextReply(DocumentText(document, null, culture)), culture),
            _ => throw new ArgumentException($"No Teams rendering for {reply.GetType().Name}.", nameof(reply)),
        };
    }

    /// <summary>
    /// A drafted document in Teams: a link to its download on the signed-in dashboard (the bot's public address is
    /// Documents:PublicBaseUrl), or, without that address, which dashboard page to open. Teams' 1:1 file consent
    /// flow is not used: the dashboard already checks who may see the collaboration.
    /// </summary>
    public static MarkdownText DocumentText(DocumentReply document, Uri? publicBaseUrl, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(document);

        // Trusted: the address is the operator's setting plus the code's own path (a GUID), never a user's text.
        return publicBaseUrl is null
            ? document.Fallback
            : Say.TeamsDownloadDraft.Format(culture, MarkdownText.Trusted(new Uri(publicBaseUrl, document.DashboardPath).AbsoluteUri));
    }

    /// <summary>The card alone, for an Action.Execute invoke response that refreshes the card in place.</summary>
    public static JsonObject CardOf(CardReply reply, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return AdaptiveCardRenderer.Render(reply.Card, culture);
    }

    // The summary is what notifications and the chat list show instead of "Card" (or instead of a text's markdown).
    private static Activity WithCard(JsonObject card, string summary) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [new Attachment { ContentType = AdaptiveCardRenderer.ContentType, Content = card }],
        Extra = Summary(summary),
    };

    private static Dictionary<string, System.Text.Json.JsonElement> Summary(string text) => new()
    {
        ["summary"] = System.Text.Json.JsonSerializer.SerializeToElement(Shorten(Markdown.Unescape(text))),
    };

    // The chat list shows the summary as plain text: "**Question 1 of 5.**" would show its asterisks.
    private static string Shorten(string text)
    {
        var plain = text.Replace("**", "", StringComparison.Ordinal).Replace('\n', ' ').Trim();
        return plain.Length <= 120 ? plain : plain[..117] + "...";
    }
}
