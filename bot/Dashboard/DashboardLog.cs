namespace PartnershipBot.Dashboard;

internal static partial class DashboardLog
{
    [LoggerMessage(8001, LogLevel.Information, "Dashboard: {State}.")]
    public static partial void Mode(ILogger logger, string state);

    [LoggerMessage(8004, LogLevel.Warning, "Dashboard sign-in with Entra ID did not complete ({Error}).")]
    public static partial void SignInFailed(ILogger logger, string error);

    [LoggerMessage(8005, LogLevel.Warning,
        "Dashboard: {Settings} hold entries that are not Entra object ids; they are ignored. People are matched by object id (oid) in the dashboard's tenant only, never by sign-in name (preferred_username can be changed): list object ids instead.")]
    public static partial void SignInNamesIgnored(ILogger logger, string settings);

    [LoggerMessage(8003, LogLevel.Information, "Dashboard export {Export} ({Rows} rows) by a {Role} viewer.")]
    public static partial void Exported(ILogger logger, string export, int rows, string role);
}

/// <summary>The dashboard's line of the start-up report: on (and how people sign in) or off, and why.</summary>
internal sealed class DashboardStartupReport(
    IHostApplicationLifetime lifetime, DashboardState state, Microsoft.Extensions.Options.IOptions<DashboardOptions> options, ILogger<DashboardStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Report);
        return Task.CompletedTask;
    }

    private void Report()
    {
        DashboardLog.Mode(logger, DashboardModes.Describe(state.Mode));
        if (state.Mode == DashboardMode.Entra && DashboardAccess.IgnoredEntries(options.Value).ToList() is { Count: > 0 } ignored)
        {
            DashboardLog.SignInNamesIgnored(logger, string.Join(" and ", ignored));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The sign-in mode decided at start-up.</summary>
public sealed record DashboardState(DashboardMode Mode);
