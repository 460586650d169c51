using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace PartnershipBot.Dashboard;

/// <summary>
/// The calendar's two charts as inline SVG drawn on the server: no chart library, no script. Colours come from
/// classes in dashboard.css (the CSP allows no inline styles); each chart has a title, a description and a table
/// next to it for screen readers.
/// </summary>
public static class DashboardCharts
{
    private const int Width = 640;
    private const int Height = 220;
    private const int Left = 36;
    private const int Bottom = 40;
    private const int Top = 16;

    public static IHtmlContent ObligationsPerMonth(IReadOnlyList<(DateOnly Month, int Count)> months, int overdue)
    {
        ArgumentNullException.ThrowIfNull(months);
        // Month names on one line, the year under the first month and every January, so labels never collide.
        var bars = new List<(string Label, string? Year, int Count, string Class)> { ("Late", "overdue", overdue, "bar-overdue") };
        bars.AddRange(months.Select((m, i) => (m.Month.ToString("MMM", CultureInfo.InvariantCulture),
            i == 0 || m.Month.Month == 1 ? m.Month.Year.ToString(CultureInfo.InvariantCulture) : null, m.Count, "bar-due")));
        var max = Math.Max(1, bars.Max(b => b.Count));
        var plotHeight = Height - Bottom - Top;
        var slot = (Width - Left) / (double)bars.Count;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" id=\"chart-months\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"chart-months-title chart-months-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append("<title id=\"chart-months-title\">Open obligations per month</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"chart-months-desc\">{Encode(string.Join("; ", bars.Select(b => $"{b.Label} {b.Year}: {b.Count}")))}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width}\" y2=\"{Height - Bottom}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{Top + 4}\" text-anchor=\"end\">{max}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{Height - Bottom}\" text-anchor=\"end\">0</text>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, year, count, css) = bars[i];
            var h = plotHeight * count / (double)max;
            var x = Left + (i * slot) + (slot * 0.15);
            var w = slot * 0.7;
            var y = Height - Bottom - h;
            svg.Append(CultureInfo.InvariantCulture, $"<g><title>{Encode($"{label} {year}: {count}")}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{css}\" x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{w:0.#}\" height=\"{h:0.#}\"/>");
            if (count > 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{x + (w / 2):0.#}\" y=\"{y - 3:0.#}\" text-anchor=\"middle\">{count}</text>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{x + (w / 2):0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{Encode(label)}</text>");
            if (year is not null)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{x + (w / 2):0.#}\" y=\"{Height - Bottom + 31}\" text-anchor=\"middle\">{Encode(year)}</text>");
            }

            svg.Append("</g>");
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }

    public static IHtmlContent ReadinessByPrinciple(IReadOnlyList<PrincipleReadiness> principles)
    {
        ArgumentNullException.ThrowIfNull(principles);
        const int row = 26;
        const int labelWidth = 48;
        var height = Top + (Math.Max(1, principles.Count) * row) + 30;
        var plotWidth = Width - labelWidth - 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" id=\"chart-readiness\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"chart-readiness-title chart-readiness-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append("<title id=\"chart-readiness-title\">Readiness by recommendation and lesson</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"chart-readiness-desc\">{Encode(string.Join("; ", principles.Select(p => $"{p.PrincipleId}: {p.Strong} strong, {p.NeedsAttention} need attention, {p.Gap} gap")))}</desc>");
        for (var i = 0; i < principles.Count; i++)
        {
            var p = principles[i];
            var total = Math.Max(1, p.Strong + p.NeedsAttention + p.Gap);
            var y = Top + (i * row);
            svg.Append(CultureInfo.InvariantCulture, $"<g><title>{Encode($"{p.PrincipleId} {p.Title}: {p.Strong} strong, {p.NeedsAttention} need attention, {p.Gap} gap")}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"0\" y=\"{y + 14}\">{Encode(p.PrincipleId)}</text>");
            var x = (double)labelWidth;
            foreach (var (count, css) in new[] { (p.Strong, "bar-strong"), (p.NeedsAttention, "bar-attention"), (p.Gap, "bar-gap") })
            {
                var w = plotWidth * count / (double)total;
                if (count > 0)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{css}\" x=\"{x:0.#}\" y=\"{y}\" width=\"{w:0.#}\" height=\"{row - 8}\"/>");
                    svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value inverse\" x=\"{x + 4:0.#}\" y=\"{y + 13}\">{count}</text>");
                }

                x += w;
            }

            svg.Append("</g>");
        }

        var legendY = Top + (Math.Max(1, principles.Count) * row) + 12;
        var lx = labelWidth;
        foreach (var (label, css) in new[] { ("Strong", "bar-strong"), ("Needs attention", "bar-attention"), ("Gap", "bar-gap") })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{css}\" x=\"{lx}\" y=\"{legendY - 9}\" width=\"10\" height=\"10\"/><text class=\"tick\" x=\"{lx + 14}\" y=\"{legendY}\">{label}</text>");
            lx += 140;
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
