using PartnershipBot.Dialogs;
using PartnershipBot.Storage;
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

/// <summary>Runs one Slack turn in the background: user details, address, TurnProcessor, replies.</summary>
public sealed class SlackTurnRunner(
    ITurnProcessor processor,
    IConversationAddressStore addresses,
    IUserDirectory users,
    SlackApiClient api,
    SlackUserCache userCache,
    SlackBlockKitRenderer renderer,
    TimeProvider time,
    ILogger<SlackTurnRunner> logger)
{
    public static string UserKey(string teamId, string userId) => $"{teamId}:{userId}";

    public static ConversationRef DirectConversation(string teamId, string dmChannel) => new(ChannelIds.Slack, $"{teamId}:{dmChannel}");

    /// <summary>Slash subcommands get their own conversation so they never disturb an interview in the DM.</summary>
    public static ConversationRef SlashConversation(string teamId, string userId) => new(ChannelIds.Slack, $"{teamId}:{userId}:slash");

    public async Task RunAsync(SlackTurnInput input, SlackReplyTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(target);
        var sender = new SlackReplySender(api, renderer, target);
        try
        {
            var user = await ResolveUserAsync(input, cancellationToken);
            if (input.DmChannel is not null)
            {
                await addresses.UpsertAsync(new ConversationAddress
                {
                    Channel = ChannelIds.Slack,
                    UserId = user.Id,
                    ConversationId = input.DmChannel,
                    TeamId = input.TeamId,
                    TimeZone = user.TimeZone,
                    Locale = user.Locale,
                    UpdatedAt = time.GetUtcNow(),
                }, cancellationToken);
            }

            var turn = new Turn
            {
                Id = input.TurnId,
                User = user,
                Conversation = input.Conversation,
                Text = input.Text,
                Action = input.Action,
                Timestamp = time.GetUtcNow(),
            };
            await processor.ProcessAsync(turn, sender, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            SlackLog.TurnFailed(logger, input.TurnId, e);
            await sender.SendAsync([new TextReply("Sorry, something went wrong on my side and your last message was not handled. Please try again in a moment.")], cancellationToken);
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
                await users.UpsertAsync(ChannelIds.Slack, key, fetched.DisplayName, fetched.TimeZone, fetched.Locale, cancellationToken);
            }
        }

        return new ChannelUser(ChannelIds.Slack, key, info.DisplayName ?? input.FallbackName, info.TimeZone, info.Locale);
    }
}
