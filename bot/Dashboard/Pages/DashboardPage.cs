using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Texts;

namespace PartnershipBot.Dashboard.Pages;

/// <summary>
/// Every dashboard page knows who is looking before its handler runs, and in which language (the layout shows
/// both). Texts come from Dashboard.resx as plain text, which Razor HTML-encodes like any other value.
/// </summary>
public abstract class DashboardPage(DashboardAccess access) : PageModel
{
    public DashboardViewer Viewer { get; private set; } = new("", false, [], false);

    /// <summary>The viewer's language for this request (Accept-Language, or the page's language switch).</summary>
    public CultureInfo Culture => DashboardCulture.Of(HttpContext);

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (await access.ViewerAsync(User, HttpContext.RequestAborted) is { } viewer)
        {
            Viewer = viewer;
            ViewData["Viewer"] = viewer;
        }

        await next();
    }

    public static string ReadinessLabel(Readiness readiness, CultureInfo culture) => (readiness switch
    {
        Readiness.Strong => Say.DashReadinessStrong,
        Readiness.NeedsAttention => Say.DashReadinessNeedsAttention,
        _ => Say.DashReadinessGap,
    }).Plain(culture);

    /// <summary>A review round's status as people read it; "—" when never submitted for review.</summary>
    public static string ApprovalLabel(string? status, CultureInfo culture) => status switch
    {
        null => "—",
        Dialogs.Flows.Partnerships.ApprovalStatus.Awaiting => Say.DashApprovalAwaiting.Plain(culture),
        Dialogs.Flows.Partnerships.ApprovalStatus.Approved => Say.DashApprovalApproved.Plain(culture),
        Dialogs.Flows.Partnerships.ApprovalStatus.ChangesRequested => Say.DashApprovalChangesRequested.Plain(culture),
        Dialogs.Flows.Partnerships.ApprovalStatus.Rejected => Say.DashApprovalRejected.Plain(culture),
        Dialogs.Flows.Partnerships.ApprovalStatus.Superseded => Say.DashApprovalSuperseded.Plain(culture),
        _ => status,
    };

    /// <summary>A collaboration's stored status (Draft, Submitted) in the viewer's language; other values as stored.</summary>
    public static string StatusLabel(string status, CultureInfo culture) => status switch
    {
        Dialogs.Flows.Partnerships.CollaborationStatus.Submitted => Say.DashStatusSubmitted.Plain(culture),
        Dialogs.Flows.Partnerships.CollaborationStatus.Draft => Say.DashStatusDraft.Plain(culture),
        _ => status,
    };

    /// <summary>"31 Mar 2027" in English, "31. März 2027", "31 mars 2027" (<see cref="CultureFormat.ShortDate(DateOnly, CultureInfo)"/>), a dash for none.</summary>
    public static string Date(DateOnly? date, CultureInfo culture) => date is { } d ? CultureFormat.ShortDate(d, culture) : "—";

    /// <summary>A moment in UTC, said so: the dashboard's readers are in several time zones.</summary>
    public static string When(DateTimeOffset? at, CultureInfo culture) => at is { } t ? CultureFormat.ShortDateTimeUtc(t, culture) : "—";

    /// <summary>A month heading: "March 2027", "März 2027", "mars 2027".</summary>
    public static string Month(DateOnly month, CultureInfo culture) =>
        month.ToString("MMMM yyyy", Languages.Code(culture) == "en" ? CultureInfo.InvariantCulture : culture);

    /// <summary>A number as the culture groups it ("1,200", "1.200", "1 200").</summary>
    public static string Number(int value, CultureInfo culture) => CultureFormat.Number(value, culture);

    /// <summary>
    /// A sentence with one word in bold ("Select **Save** to add it."): both parts HTML-encoded, the only markup the
    /// page's own &lt;strong&gt;.
    /// </summary>
    public static IHtmlContent WithStrong(string template, string strong)
    {
        ArgumentNullException.ThrowIfNull(template);
        var at = template.IndexOf("{0}", StringComparison.Ordinal);
        var encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        return at < 0
            ? new HtmlString(encoder.Encode(template))
            : new HtmlString($"{encoder.Encode(template[..at])}<strong>{encoder.Encode(strong)}</strong>{encoder.Encode(template[(at + 3)..])}");
    }
}
