using System.Globalization;
using CsvHelper;
using MiniExcelLibs;

namespace PartnershipBot.Dashboard;

/// <summary>A sheet to download: a header row and plain values (text, numbers, dates), written as CSV or .xlsx.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows);

/// <summary>
/// Writes export tables with CsvHelper and MiniExcel. Text that a spreadsheet would read as a formula (starting with
/// = + - @, tab or carriage return, OWASP's list) is neutralised with a leading apostrophe in both formats:
/// CsvHelper's own injection escaping for CSV, the same rule applied to each text cell for .xlsx.
/// </summary>
public static class DashboardExports
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;
    }

    public static async Task WriteCsvAsync(ExportTable table, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);

        // The byte order mark makes Excel read the UTF-8 (names with accents) correctly. Buffered: the writer
        // flushes synchronously, which the response body refuses.
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true };
        using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, options, true))
        {
            csv.WriteHeader([.. table.Headers]);
            foreach (var row in table.Rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                csv.WriteRecord([.. row.Select(Text)]);
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    public static async Task WriteXlsxAsync(ExportTable table, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Rows.Select(row =>
        {
            var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < table.Headers.Count; i++)
            {
                // Numbers stay numbers so the sheet can sum them; everything else is neutralised text.
                cells[table.Headers[i]] = row[i] is decimal or int ? row[i] : Neutralise(Text(row[i]));
            }

            return cells;
        }).ToList();

        // MiniExcel writes into a seekable stream; the response body is not one.
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(rows, sheetName: table.Name, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    public static ExportTable Disclosures(int year, IReadOnlyList<DisclosureLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return new ExportTable($"Disclosures {year.ToString(CultureInfo.InvariantCulture)}",
            ["Organisation", "Country", "Partner type", "Support type", "Amount", "Currency", "Description", "Start", "End", "Disclosure due", "Clause", "Owner", "Status"],
            [.. lines.Select(l => new object?[] { l.Organisation, l.Country, l.PartnerType, l.SupportType, l.Amount, l.Currency, l.Description, l.Start, l.End, l.Due, l.Clause, l.Owner, l.ObligationStatus })]);
    }

    public static ExportTable Checklist(IReadOnlyList<ChecklistStatusLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return new ExportTable("Checklist",
            ["Collaboration", "Owner", "Item", "Due", "Done", "Done by", "Done by (id)", "Done at (UTC)", "Source"],
            [.. lines.Select(l => new object?[] { l.Collaboration, l.Owner, l.Item, l.Due, l.Done ? "yes" : "no", l.DoneBy, l.DoneById, l.DoneAt, l.Source })]);
    }

    /// <summary>Every visible collaboration with its latest review round: status, round, who decided, their role, when, the comment.</summary>
    public static ExportTable Collaborations(IReadOnlyList<CollaborationSummary> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new ExportTable("Collaborations",
            ["Collaboration", "Partner", "Owner", "Created by", "Status", "Partner type", "Countries", "Start", "End", "Amount", "Currency", "Checklist done", "Checklist items", "Overdue",
                "Approval status", "Approval round", "Decided by", "Decided by (id)", "Decided by role", "Decided at (UTC)", "Decision comment"],
            [.. rows.Select(c => new object?[]
            {
                c.Title, c.Partner, c.Owner, c.CreatedBy, c.Status, c.PartnerTypeTitle, string.Join(", ", c.Countries), c.Start, c.End, c.Amount, c.Currency, c.ChecklistDone, c.ChecklistTotal, c.Overdue,
                c.Approval?.Status, c.Approval?.Round, c.Approval?.DecidedBy, c.Approval?.DecidedById, c.Approval?.DecidedByRole, c.Approval?.DecidedAt, c.Approval?.Comment,
            })]);
    }

    /// <summary>Every review round: the decision history of each visible collaboration.</summary>
    public static ExportTable Reviews(IReadOnlyList<(CollaborationSummary Collaboration, ApprovalRoundView Round)> rounds)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        return new ExportTable("Reviews",
            ["Collaboration", "Owner", "Round", "Submitted at (UTC)", "Submitted by", "Approval status", "Decided by", "Decided by (id)", "Decided by role", "Decided at (UTC)", "Decision comment"],
            [.. rounds.Select(x => new object?[]
            {
                x.Collaboration.Title, x.Collaboration.Owner, x.Round.Round, x.Round.RequestedAt, x.Round.RequestedBy, x.Round.Status,
                x.Round.DecidedBy, x.Round.DecidedById, x.Round.DecidedByRole, x.Round.DecidedAt, x.Round.Comment,
            })]);
    }

    public static ExportTable Audit(IReadOnlyList<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new ExportTable("Audit trail",
            ["At (UTC)", "Collaboration", "Who", "Who (id)", "Channel", "Action", "Detail"],
            [.. entries.Select(e => new object?[] { e.At, e.Collaboration, e.Actor, e.ActorId, e.Channel, e.Action, e.Detail })]);
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
