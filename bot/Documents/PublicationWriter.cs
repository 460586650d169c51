using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Texts;

namespace PartnershipBot.Documents;

/// <summary>
/// The publication as .xlsx (sheets: the lines to publish, the totals per list, the lines to check, the methodology
/// note), as CSV (one table, a Section column telling publish from to-check lines) and as a plain HTML page ready to
/// publish (the lines to publish and the note only). Text cells are neutralised against formulas in both
/// spreadsheet formats; the HTML encodes every value. The HTML page's title, headings, column names, totals and
/// the payment-year sentence (also on the Methodology sheet) are in the reader's language from Documents.resx;
/// sheet names, spreadsheet and CSV column headers stay English (importers read them), as do the pack's own texts.
/// </summary>
public static class PublicationWriter
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv; charset=utf-8";
    public const string HtmlType = "text/html; charset=utf-8";

    public static readonly IReadOnlyList<string> Formats = ["xlsx", "csv", "html"];

    private static readonly string[] Headers = ["Organisation", "Country", "Partner type", "Support type", "Amount", "Currency", "In kind", "Description", "List", "Source"];

    public static string ContentType(string format) => format switch
    {
        "xlsx" => XlsxType,
        "csv" => CsvType,
        _ => HtmlType,
    };

    public static string FileName(DisclosurePublication publication, string format)
    {
        ArgumentNullException.ThrowIfNull(publication);
        return $"disclosure-{publication.Year.ToString(CultureInfo.InvariantCulture)}-{publication.Country}.{format}";
    }

    /// <summary>Writes the publication; <paramref name="culture"/> is the reader's language (English when null).</summary>
    public static async Task WriteAsync(DisclosurePublication publication, string format, Stream output, CancellationToken cancellationToken, CultureInfo? culture = null)
    {
        culture ??= Languages.English;
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case "xlsx":
                await WriteXlsxAsync(publication, output, culture, cancellationToken);
                break;
            case "csv":
                await WriteCsvAsync(publication, output, cancellationToken);
                break;
            case "html":
                var bytes = Encoding.UTF8.GetBytes(Html(publication, culture));
                await output.WriteAsync(bytes, cancellationToken);
                break;
            default:
                throw new ArgumentException($"Unknown format '{format}' (use {string.Join(", ", Formats)}).", nameof(format));
        }
    }

    private static async Task WriteXlsxAsync(DisclosurePublication p, Stream output, CultureInfo culture, CancellationToken cancellationToken)
    {
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["Publication"] = p.Lines.Select(l => Cells(l, withReason: false)).ToList(),
            ["Totals"] = p.Totals.Select(t => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["List"] = SheetText.Neutralise(t.List),
                ["Currency"] = SheetText.Neutralise(t.Currency),
                ["Count"] = t.Count,
                ["Amount"] = t.Amount,
            }).ToList(),
            ["To check"] = p.ToCheck.Select(l => Cells(l, withReason: true)).ToList(),
            ["Methodology"] = new List<Dictionary<string, object?>>
            {
                new(StringComparer.Ordinal) { ["Note"] = SheetText.Neutralise(p.MethodologyNote) },
                new(StringComparer.Ordinal) { ["Note"] = SheetText.Neutralise(Say.DocPublicationByPaymentYear.Plain(culture, Year(p), p.Country)) },
            },
        };

        // MiniExcel writes into a seekable stream; a response body is not one.
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(sheets, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static Dictionary<string, object?> Cells(PublicationLine l, bool withReason)
    {
        // Numbers stay numbers so the sheet can sum them; all text is neutralised.
        var cells = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Organisation"] = SheetText.Neutralise(l.Organisation),
            ["Country"] = SheetText.Neutralise(l.Country),
            ["Partner type"] = SheetText.Neutralise(l.PartnerType),
            ["Support type"] = SheetText.Neutralise(l.SupportType),
            ["Amount"] = l.Amount,
            ["Currency"] = SheetText.Neutralise(l.Currency),
            ["In kind"] = SheetText.Neutralise(l.InKind),
            ["Description"] = SheetText.Neutralise(l.Description),
            ["List"] = SheetText.Neutralise(l.List),
            ["Source"] = SheetText.Neutralise(l.Source),
        };
        if (withReason)
        {
            cells["Why it needs a check"] = SheetText.Neutralise(l.Reason);
        }

        return cells;
    }

    private static async Task WriteCsvAsync(DisclosurePublication p, Stream output, CancellationToken cancellationToken)
    {
        // The byte order mark makes Excel read UTF-8 names correctly; buffered because the writer flushes synchronously.
        using var buffer = new MemoryStream();
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true };
        await using (var csv = CsvWriter.Create(buffer, options, true))
        {
            csv.WriteHeader(["Section", .. Headers, "Why it needs a check"]);
            foreach (var (section, line) in p.Lines.Select(l => ("publish", l)).Concat(p.ToCheck.Select(l => ("to check", l))))
            {
                cancellationToken.ThrowIfCancellationRequested();
                string?[] fields =
                [
                    section, line.Organisation, line.Country, line.PartnerType, line.SupportType,
                    line.Amount?.ToString(CultureInfo.InvariantCulture), line.Currency, line.InKind, line.Description, line.List, line.Source, line.Reason,
                ];
                csv.WriteRecord([.. fields.Select(SheetText.Neutralise)]);
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    /// <summary>The page to publish, in <paramref name="culture"/>'s language (English when null); amounts as that language writes them.</summary>
    public static string Html(DisclosurePublication p, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        culture ??= Languages.English;

        // English keeps "25,000.5" in every English region, as before; German and French group as they do.
        var numbers = Languages.Code(culture) == "en" ? CultureInfo.InvariantCulture : culture;
        // Only the five markup characters: names in any script and emoji stay readable in the page source (it is UTF-8).
        static string E(string? text) => XmlSafeText.Clean(text ?? "")
            .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);
        var year = Year(p);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"{Languages.Code(culture)}\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>{E(Say.DocPublicationTitle.Plain(culture, p.Country, year))}</title>\n")
            .Append("<style>body{font-family:sans-serif;max-width:70em;margin:2em auto;padding:0 1em}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3em;text-align:left;vertical-align:top}td.n{text-align:right}</style>\n")
            .Append("</head>\n<body>\n")
            .Append(CultureInfo.InvariantCulture, $"<h1>{E(Say.DocPublicationHeading.Plain(culture, year, Dialogs.Guidance.Countries.Label(p.Country)))}</h1>\n");
        foreach (var group in p.Lines.GroupBy(l => l.List))
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(p.ListTitles.GetValueOrDefault(group.Key, group.Key))}</h2>\n<table>\n<thead><tr>");
            foreach (var header in HtmlHeaders)
            {
                html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{E(header.Plain(culture))}</th>");
            }

            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var l in group)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{E(l.Organisation)}</td><td>{E(l.PartnerType)}</td><td>{E(l.SupportType)}</td><td class=\"n\">{E(l.Amount?.ToString("#,0.##", numbers))}</td><td>{E(l.Currency)}</td><td>{E(l.InKind)}</td><td>{E(l.Description)}</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
            foreach (var total in p.Totals.Where(t => t.List == group.Key))
            {
                var sentence = (total.Count == 1 ? Say.DocPublicationTotalOne : Say.DocPublicationTotalMany)
                    .Plain(culture, total.Count.ToString(numbers), total.Amount.ToString("#,0.##", numbers), total.Currency);
                html.Append(CultureInfo.InvariantCulture, $"<p>{E(sentence)}</p>\n");
            }
        }

        if (p.Lines.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(Say.DocPublicationNothing.Plain(culture))}</p>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(Say.DocPublicationMethodology.Plain(culture))}</h2>\n").Append(CultureInfo.InvariantCulture, $"<p>{E(p.MethodologyNote)}</p>\n").Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static readonly LocalText[] HtmlHeaders =
    [
        Say.DocPublicationColOrganisation, Say.DocPublicationColPartnerType, Say.DocPublicationColSupportType, Say.DocPublicationColValue,
        Say.DocPublicationColCurrency, Say.DocPublicationColInKind, Say.DocPublicationColDescription,
    ];

    // A year is a name, not an amount: never "2,027".
    private static string Year(DisclosurePublication p) => p.Year.ToString(CultureInfo.InvariantCulture);
}
