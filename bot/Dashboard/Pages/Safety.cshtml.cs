using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PartnershipBot.Safety;
using PartnershipBot.Texts;

namespace PartnershipBot.Dashboard.Pages;

/// <summary>
/// Safety reports, for compliance only: what was typed, by whom, the time from the message to its delivery, and
/// a form to mark a report received by pharmacovigilance (anti-forgery checked, as every dashboard POST).
/// </summary>
public sealed class SafetyModel(DashboardAccess access, SafetyReportQueries queries) : DashboardPage(access)
{
    public IReadOnlyList<SafetyReportRow> Reports { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? marked, CancellationToken cancellationToken)
    {
        ViewData["Nav"] = "safety";
        if (!Viewer.IsCompliance)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Message = marked is { Length: > 0 } ? Say.DashSafetyMarked.Plain(Culture, marked) : null;
        Reports = await queries.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostReceivedAsync(string? reference, CancellationToken cancellationToken)
    {
        if (!Viewer.IsCompliance)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        // The same record a card's button writes; the stable id is the Entra object id (the name can change).
        var byId = $"dashboard:{User.FindFirst(DashboardClaims.ObjectId)?.Value ?? Viewer.Name}";
        if (string.IsNullOrWhiteSpace(reference) || reference.Length > 40
            || (await queries.AcknowledgeAsync(reference, byId, Viewer.Name, cancellationToken)).Outcome != SafetyAcknowledgementOutcome.Marked)
        {
            return BadRequest("No such report, or it is marked received already.");
        }

        return RedirectToPage(new { marked = reference });
    }

    public static string Delay(SafetyReportRow report, CultureInfo culture)
    {
        if (SafetyReportQueries.TimeToDelivery(report) is not { } delay)
        {
            return Say.DashNotYet.Plain(culture);
        }

        return delay.TotalHours >= 1
            ? $"{(int)delay.TotalHours} h {delay.Minutes} min"
            : delay.TotalMinutes >= 1 ? $"{(int)delay.TotalMinutes} min {delay.Seconds} s" : $"{Math.Max(0, delay.Seconds).ToString(CultureInfo.InvariantCulture)} s";
    }
}
