namespace PartnershipBot.Dashboard;

/// <summary>
/// The compliance workspace's settings (section <c>Dashboard</c>). Entra sign-in is on when
/// <see cref="EntraOptions.TenantId"/> and <see cref="EntraOptions.ClientId"/> are set.
/// </summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    public EntraOptions Entra { get; set; } = new();

    /// <summary>The Entra app role (the <c>roles</c> claim) that makes a user a compliance reader of every collaboration.</summary>
    public string ComplianceRole { get; set; } = "Compliance.Read";

    /// <summary>Entra group object ids whose members are compliance readers (needs the <c>groups</c> claim).</summary>
    public List<string> ComplianceGroups { get; set; } = [];

    /// <summary>
    /// Users who are compliance readers, by Entra object id (in the dashboard's tenant). Sign-in names (UPNs) are
    /// ignored: preferred_username can be changed, so it never authorises.
    /// </summary>
    public List<string> ComplianceUsers { get; set; } = [];

    /// <summary>
    /// Chat accounts a signed-in user owns, for channels that do not carry an Entra id (Slack): key is the Entra
    /// object id (sign-in names are ignored), value a comma-separated list such as <c>slack:T0123:U0456</c>.
    /// </summary>
    public Dictionary<string, string> OwnerAccounts { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A folder for the keys that protect the sign-in cookie and anti-forgery tokens. Several instances must share
    /// one (a mounted volume), or a person signed in on one instance is signed out on the next. Unset: the user
    /// profile's default folder, which suits one instance.
    /// </summary>
    public string? KeysPath { get; set; }

    /// <summary>Rows per page of the collaborations table.</summary>
    public int PageSize { get; set; } = 50;
}

public sealed class EntraOptions
{
    /// <summary>The sign-in cloud; another host for sovereign clouds.</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    /// <summary>Secret of the web app registration (keep it in an environment variable or user-secrets).</summary>
    public string? ClientSecret { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId);

    public string Authority => $"{Instance.TrimEnd('/')}/{TenantId}/v2.0";
}

/// <summary>How people sign in to the dashboard, decided once at start-up.</summary>
public enum DashboardMode
{
    /// <summary>No sign-in configured outside Development: every dashboard address answers 404.</summary>
    Off,

    /// <summary>Development without Entra settings: a marked local sign-in, from loopback only.</summary>
    LocalDevelopment,

    Entra,
}

internal static class DashboardModes
{
    public static DashboardMode Decide(DashboardOptions options, IHostEnvironment environment) =>
        options.Entra.IsConfigured ? DashboardMode.Entra
        : environment.IsDevelopment() ? DashboardMode.LocalDevelopment
        : DashboardMode.Off;

    public static string Describe(DashboardMode mode) => mode switch
    {
        DashboardMode.Entra => "on at /dashboard (Entra ID sign-in)",
        DashboardMode.LocalDevelopment => "on at /dashboard (local development sign-in: only loopback connections on a loopback listener, not forwarded by a proxy or tunnel, anything else gets 403; set Dashboard:Entra for real sign-in)",
        _ => "off (no Dashboard:Entra:TenantId/ClientId configured; /dashboard answers 404)",
    };
}
