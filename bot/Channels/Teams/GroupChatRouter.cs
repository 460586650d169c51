using PartnershipBot.Dialogs;
using PartnershipBot.Turns;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// Reviews, checklists, reminders and quiz scores are personal, so nothing personal runs in a group chat or
/// channel: a message that @mentions the bot there is run in the speaker's 1:1 chat with the bot (opened through
/// the connector, as the proactive messenger does), and the group only gets a short note. The dialog state is
/// then the speaker's own, so no other member can answer, change, tick or submit it from the group.
/// </summary>
internal sealed class GroupChatRouter(ITeamsConnector connector, TimeProvider clock, ILogger<GroupChatRouter> logger)
{
    /// <summary>Teams puts the bot's @mention in the entities; without one the message was not meant for the bot.</summary>
    public static bool MentionsBot(Activity activity) => TeamsTurnMapper.BotMentions(activity).Any();

    /// <summary>
    /// Opens (or finds) the speaker's 1:1 chat; null when it cannot be opened (no tenant, as with the Emulator, or
    /// the connector refused): the caller then tells the group instead.
    /// </summary>
    public async Task<PersonalChat?> OpenPersonalChatAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var tenant = TeamsTurnMapper.TenantId(activity);
        var botId = activity.Recipient?.Id;
        var userId = activity.From?.Id;
        if (string.IsNullOrEmpty(tenant) || string.IsNullOrEmpty(botId) || string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return null;
        }

        try
        {
            var created = await connector.CreatePersonalConversationAsync(activity.ServiceUrl, botId, userId, tenant, cancellationToken);
            var personal = new Activity
            {
                Type = ActivityTypes.Message,
                ServiceUrl = activity.ServiceUrl,
                ChannelId = activity.ChannelId,
                From = activity.From,
                Recipient = activity.Recipient,
                Conversation = new ConversationAccount { Id = created.Id, ConversationType = "personal", TenantId = tenant },
                Locale = activity.Locale,
                Entities = activity.Entities,
            };
            var address = TeamsTurnMapper.ToAddress(personal, clock.GetUtcNow()) with { UserId = userId, AadObjectId = activity.From?.AadObjectId };
            return new PersonalChat(personal, address);
        }
        catch (TeamsConnectorException ex)
        {
            TeamsLog.PersonalChatNotOpened(logger, ex.Status);
            return null;
        }
    }

    /// <summary>The turn as if it had been typed in the 1:1 chat: same id, text and speaker, the personal conversation.</summary>
    public static Turn InPersonalChat(Turn turn, PersonalChat chat)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(chat);
        return turn with { Conversation = new ConversationRef(ChannelIds.Teams, chat.Activity.Conversation!.Id!, IsPersonal: true) };
    }

    /// <summary>A short note in the group, as a reply to the message that asked.</summary>
    public async Task NoteAsync(Activity groupActivity, MarkdownText text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(groupActivity);
        try
        {
            await new TeamsReplySender(connector, groupActivity).SendOneAsync(new TextReply(text), cancellationToken);
        }
        catch (TeamsConnectorException ex)
        {
            TeamsLog.GroupNoteNotSent(logger, ex.Status);
        }
    }
}

/// <summary>The speaker's 1:1 chat: an activity addressed to it (for the reply sender) and its address.</summary>
internal sealed record PersonalChat(Activity Activity, ConversationAddress Address);
