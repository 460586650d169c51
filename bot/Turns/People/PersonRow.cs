namespace PartnershipBot.Turns;

/// <summary>
/// A person above their chat accounts, made when two accounts are linked. An account in no link is a person of
/// its own without a row here: nothing needs migrating, and most users never link.
/// </summary>
public sealed class PersonRow
{
    public Guid Id { get; set; }

    /// <summary>A ChannelIds value set with "reminders in ..."; null: the channel the person used last.</summary>
    public string? ReminderChannel { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
