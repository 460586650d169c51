namespace PartnershipBot.Dashboard;

/// <summary>
/// A person's chat accounts as the dashboard shows them: the accounts linked now, and the linking and unlinking
/// that made them so (latest first, at most <see cref="DashboardQueries.MaxLinkEvents"/>). Empty for an account
/// linked to none that never was.
/// </summary>
public sealed record LinkHistory(IReadOnlyList<LinkAccountView> Accounts, IReadOnlyList<LinkEventView> Events)
{
    public static LinkHistory None { get; } = new([], []);
}
