namespace PartnershipBot.Dashboard;

/// <summary>
/// One row of the link audit trail (link_events) as the dashboard shows it: <paramref name="Account"/> was linked to
/// <paramref name="Other"/> (link.joined), or taken out of its person (link.removed, <paramref name="Other"/> null),
/// by <paramref name="By"/>: the channel account that typed the command.
/// </summary>
public sealed record LinkEventView(DateTimeOffset At, bool Linked, LinkAccountView Account, LinkAccountView? Other, LinkAccountView By);
