using PartnershipBot.Dialogs;
using PartnershipBot.Turns;

namespace PartnershipBot.Channels.Slack;

/// <summary>What a Slack request becomes before it is a Turn: who, where, what, and the DM for reminders.</summary>
public sealed record SlackTurnInput(string TeamId, string UserId, ConversationRef Conversation, string TurnId)
{
    public string Text { get; init; } = "";

    public UserAction? Action { get; init; }

    /// <summary>The user's DM channel with the bot, when known: stored for proactive reminders.</summary>
    public string? DmChannel { get; init; }

    public string? FallbackName { get; init; }
}

/// <summary>
/// Handles one Slack turn in the background: user details and DM address to the TurnProcessor, replies back
/// (not an ITurnRunner, which runs the dialogs inside the processor).
/// </summary>
public sealed class SlackTurnHandler(
    ITurnProcessor processor,
    SlackApiClient api,
    SlackUserCache userCache,
    SlackBlockKitRenderer renderer,
    SentCardStore cards,
    TimeProvider time,
    SlackDocuments documents,
    SlackHome home,
    ILogger<SlackTurnHandler> logger)
{
    public static string UserKey(string teamId, string userId) => $"{teamId}:{userId}";

    /// <summary>
    /// The Slack user id inside a <see cref="UserKey"/> (Slack's Web API knows users as U.../W..., not TEAM:USER);
    /// a value without a team is returned as it is.
    /// </summary>
    public static string SlackUserId(string userKey)
    {
        ArgumentNullException.ThrowIfNull(userKey);
        var colon = userKey.LastIndexOf(':');
        return colon < 0 ? userKey : userKey[(colon + 1)..];
    }

    public static ConversationRef DirectConversation(string teamId, string dmChannel) => new(ChannelIds.Slack, $"{teamId}:{dmChannel}");

    /// <summary>Slash subcommands get their own conversation so they never disturb an interview in the DM.</summary>
    public static ConversationRef SlashConversation(string teamId, string userId) => new(ChannelIds.Slack, $"{teamId}:{userId}:slash");

    public Task RunAsync(SlackTurnInput input, SlackReplyTarget target, TurnDelivery delivery, CancellationToken cancellationToken) =>
        RunAsync(input, target, delivery, modal: null, cancellationToken);

    /// <summary>A turn whose form page goes to a modal (<paramref name="modal"/> wraps the DM's sender), the rest to <paramref name="target"/>.</summary>
    internal async Task RunAsync(SlackTurnInput input, SlackReplyTarget target, TurnDelivery delivery, Func<SlackReplySender, SlackModalReplySender>? modal,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(delivery);
        var user = await ResolveUserAsync(input, cancellationToken);
        var address = input.DmChannel is null ? null : new ConversationAddress
        {
            Channel = ChannelIds.Slack,
            UserId = user.Id,
            ConversationId = input.DmChannel,
            TeamId = input.TeamId,
            TimeZone = user.TimeZone,
            Locale = user.Locale,
            UpdatedAt = time.GetUtcNow(),
        };
        var turn = new Turn
        {
            Id = input.TurnId,
            User = user,
            Conversation = input.Conversation,
            Text = input.Text,
            Action = input.Action,
            Timestamp = time.GetUtcNow(),
        };

        // The processor answers a failed turn itself; the Slack client reports failed sends instead of throwing,
        // and the worker logs anything else.
        var poster = new SlackReplySender(api, renderer, target with { CardScope = input.Conversation.Key }, cards, documents);
        var form = modal?.Invoke(poster);
        IReplySender sender = form is null ? poster : form;
        var receipt = delivery.Receipt is InboxReceipt inbox
            ? inbox with { Outbox = replies => SlackInbox.Write(poster.Render(form is null ? replies : form.Posted(replies))) }
            : delivery.Receipt;
        await processor.ProcessAsync(turn, sender, delivery with { Address = address, Receipt = receipt }, cancellationToken);
        await RefreshHomeAsync(input, cancellationToken);
    }

    /// <summary>
    /// A turn may have changed what the user's Home tab shows (a tick, a deadline done or snoozed, a submission): it is
    /// republished for users who look at it. Every turn rather than only those with effects, because the processor does
    /// not say which had any, and a stale home view is worse than one views.publish. Best effort: the turn is done.
    /// </summary>
    private async Task RefreshHomeAsync(SlackTurnInput input, CancellationToken cancellationToken)
    {
        try
        {
            await home.RefreshAsync(input.TeamId, input.UserId, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            SlackLog.HomeNotPublished(logger, e.GetType().Name);
        }
    }

    private async Task<ChannelUser> ResolveUserAsync(SlackTurnInput input, CancellationToken cancellationToken)
    {
        var key = UserKey(input.TeamId, input.UserId);
        if (!userCache.TryGet(key, out var info))
        {
            // users.info failing (missing users:read, Slack down) must not stop the turn: go on without a name.
            var fetched = await api.GetUserAsync(input.UserId, cancellationToken);
            info = fetched ?? new SlackUserInfo(input.FallbackName, null, null);
            if (fetched is not null)
            {
                userCache.Set(key, fetched);
            }
        }

        return new ChannelUser(ChannelIds.Slack, key, info.DisplayName ?? input.FallbackName, info.TimeZone, info.Locale);
    }
}
