using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PartnershipBot.Documents;

/// <summary>The text of a .docx, one line per paragraph (breaks as new lines, tabs as tabs): what a reader sees.</summary>
public static class DocxText
{
    public static string Extract(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        using var stream = new MemoryStream(docx, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        var text = new StringBuilder();
        foreach (var paragraph in document.MainDocumentPart?.Document?.Body?.Elements<Paragraph>() ?? [])
        {
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text t:
                        text.Append(t.Text);
                        break;
                    case Break:
                        text.Append('\n');
                        break;
                    case TabChar:
                        text.Append('\t');
                        break;
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
