using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using PartnershipBot.Safety;

namespace PartnershipBot.Dashboard;

/// <summary>The dashboard's non-page addresses: its stylesheet, the downloads, and the Entra sign-in challenge.</summary>
internal static class DashboardEndpoints
{
    /// <summary>The static files, embedded in the assembly: address under /dashboard/, resource name, type.</summary>
    private static readonly (string Path, string Resource, string Type)[] Assets =
    [
        ("dashboard.css", "PartnershipBot.Dashboard.dashboard.css", "text/css; charset=utf-8"),
        ("teams/MicrosoftTeams.min.js", "PartnershipBot.Dashboard.teams.MicrosoftTeams.min.js", "text/javascript; charset=utf-8"),
        ("teams/tab-config.js", "PartnershipBot.Dashboard.teams.tab-config.js", "text/javascript; charset=utf-8"),
    ];

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        foreach (var (path, resource, type) in Assets)
        {
            endpoints.MapGet("/dashboard/" + path, (HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "public, max-age=3600";
                return Results.Stream(typeof(DashboardEndpoints).Assembly.GetManifestResourceStream(resource)!, type);
            }).AllowAnonymous();
        }

        // A link (GET), not a form: Entra refuses to be framed, so the Teams tab opens it in a new window.
        endpoints.MapGet("/dashboard/signin/entra", (HttpContext context, DashboardState state, string? returnUrl) =>
            state.Mode == DashboardMode.Entra
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalPath(returnUrl) }, [DashboardServices.EntraScheme])
                : Results.NotFound()).AllowAnonymous();

        var exports = endpoints.MapGroup("/dashboard/export").RequireAuthorization(DashboardServices.Policy);
        exports.MapGet("/disclosures.{format}", async (string format, int? year, HttpContext context, DashboardAccess access, DashboardQueries queries, ILogger<DashboardState> logger, CancellationToken ct) =>
        {
            var viewer = await access.ViewerAsync(context.User, ct);
            var y = year ?? queries.Today.Year - 1;
            if (viewer is null || y is < 2000 or > 2100)
            {
                return Results.BadRequest("Give a year between 2000 and 2100.");
            }

            var table = DashboardExports.Disclosures(y, await queries.DisclosureListAsync(viewer, y, ct));
            return Download(table, format, $"disclosures-{y.ToString(CultureInfo.InvariantCulture)}", viewer, logger);
        });
        exports.MapGet("/checklist.{format}", async (string format, HttpContext context, DashboardAccess access, DashboardQueries queries, ILogger<DashboardState> logger, CancellationToken ct) =>
        {
            var viewer = await access.ViewerAsync(context.User, ct);
            return viewer is null ? Results.Unauthorized()
                : Download(DashboardExports.Checklist(await queries.ChecklistStatusAsync(viewer, ct)), format, "checklist-status", viewer, logger);
        });
        exports.MapGet("/collaborations.{format}", async (string format, HttpContext context, DashboardAccess access, DashboardQueries queries, ILogger<DashboardState> logger, CancellationToken ct) =>
        {
            var viewer = await access.ViewerAsync(context.User, ct);
            return viewer is null ? Results.Unauthorized()
                : Download(DashboardExports.Collaborations(await queries.AllCollaborationsAsync(viewer, ct)), format, "collaborations", viewer, logger);
        });
        exports.MapGet("/reviews.{format}", async (string format, HttpContext context, DashboardAccess access, DashboardQueries queries, ILogger<DashboardState> logger, CancellationToken ct) =>
        {
            var viewer = await access.ViewerAsync(context.User, ct);
            return viewer is null ? Results.Unauthorized()
                : Download(DashboardExports.Reviews(await queries.ReviewHistoryAsync(viewer, ct)), format, "reviews", viewer, logger);
        });
        exports.MapGet("/safety.{format}", SafetyReportsAsync);
        exports.MapGet("/audit.{format}", async (string format, string? from, string? to, HttpContext context, DashboardAccess access, DashboardQueries queries, ILogger<DashboardState> logger, CancellationToken ct) =>
        {
            var viewer = await access.ViewerAsync(context.User, ct);
            if (viewer is null || !TryDate(from, out var start) || !TryDate(to, out var end) || (start is { } a && end is { } b && b < a))
            {
                return Results.BadRequest("Give the dates as yyyy-mm-dd, the second on or after the first.");
            }

            // The range includes its last day.
            var entries = await queries.AuditTrailAsync(viewer, ToInstant(start), ToInstant(end?.AddDays(1)), ct);
            return Download(DashboardExports.Audit(entries), format, $"audit-{from ?? "start"}-{to ?? "now"}", viewer, logger);
        });
    }

    /// <summary>Safety reports, compliance only: everything the page shows, with the delay in seconds.</summary>
    private static async Task<IResult> SafetyReportsAsync(string format, HttpContext context, DashboardAccess access, SafetyReportQueries queries, ILogger<DashboardState> logger, CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(context.User, ct);
        if (viewer is not { IsCompliance: true })
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var reports = await queries.ListAsync(ct);
        var table = new ExportTable(
            "Safety reports",
            ["Reference", "Received (UTC)", "Received (user's time)", "User", "Name", "Channel", "Text", "Kinds", "What matched", "Collaboration", "Question", "Status", "Attempts", "Delivered (UTC)", "Delivered to", "Escalated (UTC)", "Seconds to delivery", "Last error", "Received by", "Received at (UTC)"],
            [.. reports.Select(r => new object?[]
            {
                r.Reference, r.ReceivedAt, r.LocalTime, $"{r.UserChannel}:{r.UserId}", r.UserName, r.UserChannel, r.Text, r.Kinds, r.Matched,
                r.CollaborationId?.ToString(), r.QuestionId, r.Status, r.Attempts, r.DeliveredAt, r.DeliveredTo, r.EscalatedAt,
                SafetyReportQueries.TimeToDelivery(r) is { } d ? (long)d.TotalSeconds : null, r.LastError, r.AcknowledgedBy, r.AcknowledgedAt,
            })]);
        return Download(table, format, "safety-reports", viewer, logger);
    }

    private static IResult Download(ExportTable table, string format, string name, DashboardViewer viewer, ILogger logger)
    {
        Func<Stream, CancellationToken, Task>? write = format switch
        {
            "csv" => (s, ct) => DashboardExports.WriteCsvAsync(table, s, ct),
            "xlsx" => (s, ct) => DashboardExports.WriteXlsxAsync(table, s, ct),
            _ => null,
        };
        if (write is null)
        {
            return Results.NotFound();
        }

        DashboardLog.Exported(logger, name.Split('-')[0], table.Rows.Count, viewer.IsCompliance ? "compliance" : "owner");
        return Results.Stream(
            async body => await write(body, CancellationToken.None),
            format == "csv" ? DashboardExports.CsvType : DashboardExports.XlsxType,
            $"{name}.{format}");
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        date = ok ? parsed : null;
        return ok;
    }

    private static DateTimeOffset? ToInstant(DateOnly? date) => date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary>Only paths on this host, so the sign-in cannot be used to send people elsewhere.</summary>
    internal static string LocalPath(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith("/dashboard", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : "/dashboard";
}
