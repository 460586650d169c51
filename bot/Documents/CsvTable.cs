using CsvHelper;

namespace PartnershipBot.Documents;

/// <summary>A CSV file in memory (UTF-8 with a byte order mark for Excel), every text cell neutralised against formulas.</summary>
public static class CsvTable
{
    public static byte[] Write(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        using var buffer = new MemoryStream();
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true };
        using (var csv = CsvWriter.Create(buffer, options, true))
        {
            csv.WriteHeader([.. headers]);
            foreach (var row in rows)
            {
                csv.WriteRecord([.. row.Select(SheetText.Neutralise)]);
            }
        }

        return buffer.ToArray();
    }
}
