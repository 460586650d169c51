namespace PartnershipBot.Documents;

/// <summary>
/// Text as a spreadsheet cell may hold it: a leading = + - @, tab or carriage return (OWASP's list) would make
/// Excel or LibreOffice read the cell as a formula, so it gets an apostrophe in front and stays text.
/// </summary>
public static class SheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralise(string? text)
    {
        var clean = XmlSafeText.Clean(text ?? "");
        return clean.Length > 0 && FormulaStarts.Contains(clean[0]) ? "'" + clean : clean;
    }
}
