using System.Globalization;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Turns;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// Sends a turn's replies into the conversation an activity came from: as replies to a message (which keeps
/// channel threads together), or as new messages for other activities. A card that replaces the original is
/// an update of the card message the submit came from. With a <see cref="SentCardStore"/>, the ids of posted question
/// cards are kept, so a question answered by typing (or left) has its cards updated too (PUT on the activity).
/// </summary>
internal sealed class TeamsReplySender(ITeamsConnector connector, Activity incoming, SentCardStore? cards = null, Uri? publicBaseUrl = null) : IReplySender
{
    private CancellationTokenSource? typingDelay;

    // Replies rendered for the outbox in the turn's transaction, reused by the send: rendered once, and what goes
    // out is what was stored for a resend.
    private readonly Dictionary<Reply, Activity> rendered = new(ReferenceEqualityComparer.Instance);
    private Task typing = Task.CompletedTask;

    /// <summary>The turn's culture, for the chrome of the cards (English until the processor tells it).</summary>
    public CultureInfo Culture { get; private set; } = Languages.English;

    public void UseCulture(CultureInfo culture) => Culture = culture;

    /// <summary>Sends a "typing" activity once the delay has passed, unless the replies are already on their way.</summary>
    public void StartTyping(TimeSpan delay, TimeProvider clock, CancellationToken cancellationToken)
    {
        typingDelay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        typing = TypeAfterAsync(delay, clock, typingDelay.Token, cancellationToken);
    }

    /// <summary>Stops a pending typing indicator; one already being sent finishes first, so it never follows a reply.</summary>
    public async Task StopTypingAsync()
    {
        if (typingDelay is { } pending)
        {
            await pending.CancelAsync();
            await typing;
            pending.Dispose();
            typingDelay = null;
        }
    }

    private async Task TypeAfterAsync(TimeSpan delay, TimeProvider clock, CancellationToken stop, CancellationToken cancellationToken)
    {
        try
        {
            // Most turns end before the delay: stopping is the usual outcome, not an exception to throw.
            await Task.Delay(delay, clock, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (stop.IsCancellationRequested)
            {
                return;
            }

            await connector.SendToConversationAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, Address(new Activity { Type = ActivityTypes.Typing }), cancellationToken);
        }
        catch (Exception ex) when (ex is OperationCanceledException or HttpRequestException or TeamsConnectorException or ServiceUrlRefusedException)
        {
            // Typing is a courtesy: a turn that finished first, or a connector that refused it, changes nothing.
        }
    }

    public async Task SendAsync(IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replies);
        await StopTypingAsync();
        foreach (var reply in replies)
        {
            await SendOneAsync(reply, cancellationToken);
        }
    }

    internal async Task SendOneAsync(Reply reply, CancellationToken cancellationToken)
    {
        var serviceUrl = incoming.ServiceUrl!;
        var conversationId = incoming.Conversation!.Id!;
        if (reply is DocumentReply document)
        {
            reply = new TextReply(TeamsActivityRenderer.DocumentText(document, publicBaseUrl, Culture));
        }

        var outgoing = rendered.Remove(reply, out var stored) ? stored : Outgoing(reply);
        var fromCard = incoming.Value is { ValueKind: System.Text.Json.JsonValueKind.Object };
        var clicked = reply is CardReply { ReplacesOriginal: true } && fromCard && !string.IsNullOrEmpty(incoming.ReplyToId) ? incoming.ReplyToId : null;
        ResourceResponse? posted = null;
        if (clicked is not null)
        {
            outgoing.Id = clicked;
            await connector.UpdateActivityAsync(serviceUrl, conversationId, clicked, outgoing, cancellationToken);
        }
        else if (reply is CardReply { ReplacesPrompt: not null })
        {
            // Closes cards already on screen (below); never a new message.
        }
        else if (incoming.Type == ActivityTypes.Message && !string.IsNullOrEmpty(incoming.Id))
        {
            outgoing.ReplyToId = incoming.Id;
            posted = await connector.ReplyToActivityAsync(serviceUrl, conversationId, incoming.Id, outgoing, cancellationToken);
        }
        else
        {
            posted = await connector.SendToConversationAsync(serviceUrl, conversationId, outgoing, cancellationToken);
        }

        if (cards is null)
        {
            return;
        }

        if (reply is CardReply { ReplacesPrompt: { } closed })
        {
            await UpdateSentCardsAsync(closed, outgoing, clicked, cancellationToken);
        }
        else if (Reply.PromptTokenOf(reply) is { } token && posted?.Id is { Length: > 0 } postedId)
        {
            await cards.RecordAsync(Scope, token, postedId, cancellationToken);
        }
    }

    // The conversation the cards were posted in: only its own stored ids are ever updated.
    private string Scope => $"{ChannelIds.Teams}:{incoming.Conversation!.Id}";

    private async Task UpdateSentCardsAsync(string token, Activity outgoing, string? alreadyUpdated, CancellationToken cancellationToken)
    {
        foreach (var activityId in await cards!.TakeAsync(Scope, token, cancellationToken))
        {
            if (activityId == alreadyUpdated)
            {
                continue;
            }

            try
            {
                outgoing.Id = activityId;
                await connector.UpdateActivityAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, activityId, outgoing, cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or TeamsConnectorException or ServiceUrlRefusedException)
            {
                // A card the user deleted (or one Teams no longer lets us edit) stays as it is; its clicks are stale.
            }
        }
    }

    public string ServiceUrl => incoming.ServiceUrl!;

    public string ConversationId => incoming.Conversation!.Id!;

    /// <summary>A reply as a new message of the bot in this conversation (what a resend after a crash posts).</summary>
    public Activity Outgoing(Reply reply)
    {
        if (!rendered.TryGetValue(reply, out var activity))
        {
            activity = Address(TeamsActivityRenderer.Render(reply, Culture));
            rendered[reply] = activity;
        }

        return activity;
    }

    private Activity Address(Activity outgoing)
    {
        outgoing.From = incoming.Recipient is { } bot ? new ChannelAccount { Id = bot.Id, Name = bot.Name } : null;
        outgoing.Recipient = incoming.From is { } user ? new ChannelAccount { Id = user.Id, Name = user.Name } : null;
        outgoing.Conversation = new ConversationAccount { Id = incoming.Conversation?.Id };
        outgoing.ChannelId = incoming.ChannelId;
        outgoing.ServiceUrl = incoming.ServiceUrl;
        return outgoing;
    }
}

/// <summary>
/// For an Action.Execute invoke: the card that replaces the original goes back in the invoke response (Teams
/// swaps it in place); a lone text becomes the response message; anything else is posted to the conversation.
/// </summary>
internal sealed class InvokeReplySender(ITeamsConnector connector, Activity incoming, SentCardStore? cards = null, Uri? publicBaseUrl = null) : IReplySender
{
    private readonly TeamsReplySender _poster = new(connector, incoming, cards, publicBaseUrl);

    public CardReply? RefreshedCard { get; private set; }

    public string? Message { get; private set; }

    public CultureInfo Culture => _poster.Culture;

    public void UseCulture(CultureInfo culture) => _poster.UseCulture(culture);

    public async Task SendAsync(IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replies);
        RefreshedCard = replies.OfType<CardReply>().FirstOrDefault(r => r.ReplacesOriginal);
        if (RefreshedCard is null && replies is [TextReply only])
        {
            Message = only.Text;
            return;
        }

        foreach (var reply in replies)
        {
            if (!ReferenceEquals(reply, RefreshedCard))
            {
                await _poster.SendOneAsync(reply, cancellationToken);
            }
        }
    }
}
