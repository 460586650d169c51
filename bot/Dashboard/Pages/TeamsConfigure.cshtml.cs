namespace PartnershipBot.Dashboard.Pages;

/// <summary>The configuration page of the team tab. It shows no data, so it needs no sign-in.</summary>
public sealed class TeamsConfigureModel(DashboardAccess access) : DashboardPage(access)
{
    public void OnGet()
    {
    }
}
