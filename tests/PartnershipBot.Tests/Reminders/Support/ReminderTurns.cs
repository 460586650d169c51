using PartnershipBot.Dialogs;

namespace PartnershipBot.Tests.Reminders.Support;

/// <summary>Turns of the reminder owner pressing a reminder's buttons.</summary>
public static class ReminderTurns
{
    public static Turn Click(string actionId, Guid obligationId, DateTimeOffset at, string? days = null)
    {
        var values = new Dictionary<string, string> { [CardIds.ObligationValue] = obligationId.ToString("N") };
        if (days is not null)
        {
            values[CardIds.SnoozeDaysValue] = days;
        }

        return new Turn
        {
            Id = Guid.NewGuid().ToString("N"),
            User = new ChannelUser(RecordingReminderChannel.Name, ReminderSeed.Owner, "Dana Owner", "Europe/London"),
            Conversation = new ConversationRef(RecordingReminderChannel.Name, ReminderSeed.Owner),
            Action = new UserAction(actionId, values),
            Timestamp = at,
        };
    }
}
