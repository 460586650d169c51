namespace PartnershipBot.Dialogs.Flows.People;

/// <summary>
/// The turn's account as a person, loaded only for the link commands: the person's accounts (just this one when it
/// is linked to none), where they want reminders, and for <c>link</c> a fresh code (null when the hourly limit is
/// reached) or for <c>link CODE</c> what that code is (null when no such code was given out).
/// </summary>
public sealed record LinkSnapshot
{
    public required IReadOnlyList<LinkedAccount> Accounts { get; init; }

    /// <summary>The channel chosen with <c>reminders in ...</c>; null: the channel the person used last.</summary>
    public string? ReminderChannel { get; init; }

    public string? NewCode { get; init; }

    public int CodesLastHour { get; init; }

    public LinkCodeLookup? Code { get; init; }

    public bool IsLinked => Accounts.Count > 1;
}
