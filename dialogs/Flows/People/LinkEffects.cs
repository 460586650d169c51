using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Dialogs.Flows.People;

/// <summary>A one-time link code for the turn's account, stored by its hash only (the host sets when it expires).</summary>
public sealed record CreateLinkCode(string CodeHash) : Effect;

/// <summary>
/// Joins the turn's account to the person of the account that made the code, and spends the code. The host
/// checks again in the transaction; a code spent meanwhile (another instance, the same moment) reruns the turn.
/// </summary>
public sealed record JoinLink(string CodeHash) : Effect;

/// <summary>Separates the turn's account from its person again.</summary>
public sealed record Unlink : Effect;

/// <summary>Where the person's reminders go: a channel, or null for the one they used last.</summary>
public sealed record SetReminderChannel(string? Channel) : Effect;
