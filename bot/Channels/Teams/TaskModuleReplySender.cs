using System.Globalization;
using PartnershipBot.Dialogs;
using PartnershipBot.Turns;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// For a dialog invoke: a form page goes back in the invoke response (shown in the dialog); everything else the
/// turn says (the submitted assessment and checklist) is posted to the chat, where it stays.
/// </summary>
internal sealed class TaskModuleReplySender(ITeamsConnector connector, Activity incoming, SentCardStore? cards = null, Uri? publicBaseUrl = null) : IReplySender
{
    private readonly TeamsReplySender _poster = new(connector, incoming, cards, publicBaseUrl);

    public FormPageReply? Page { get; private set; }

    /// <summary>The first line the turn said, for the dialog's closing message.</summary>
    public string? FirstText { get; private set; }

    /// <summary>The turn's culture: the dialog's page and closing message are in it.</summary>
    public CultureInfo Culture => _poster.Culture;

    public void UseCulture(CultureInfo culture) => _poster.UseCulture(culture);

    public async Task SendAsync(IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replies);
        Page = replies.OfType<FormPageReply>().LastOrDefault();
        FirstText = replies.OfType<TextReply>().FirstOrDefault()?.Text;
        foreach (var reply in replies)
        {
            // Whatever else the turn says (a safety notice, the assessment) belongs in the chat, page or not.
            if (reply is not FormPageReply)
            {
                await _poster.SendOneAsync(reply, cancellationToken);
            }
        }
    }
}
