using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PartnershipBot.Documents;

/// <summary>
/// Writes document blocks as a .docx with the Open XML SDK. Every piece of text goes into a w:t element (the SDK
/// escapes it), line breaks become w:br and tabs w:tab, and runs with right-to-left letters are marked w:rtl, so
/// what a user typed is always shown as text and never read as markup or a field.
/// </summary>
public static class AgreementDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(IReadOnlyList<DocumentBlock> blocks, string title)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = XmlSafeText.Clean(title);
            document.PackageProperties.Creator = "PartnershipBot";
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = Styles();
            var body = new Body();
            foreach (var block in blocks)
            {
                body.Append(Paragraph(block));
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1440, Right = 1440U, Bottom = 1440, Left = 1440U, Header = 708U, Footer = 708U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(DocumentBlock block)
    {
        var paragraph = new Paragraph();
        var style = block.Kind switch
        {
            BlockKind.Title => "Title",
            BlockKind.Heading => "Heading1",
            BlockKind.Note => "Note",
            BlockKind.Item => "Item",
            _ => null,
        };
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        if (block.Kind == BlockKind.Item)
        {
            paragraph.Append(new Run(new Text("– ") { Space = SpaceProcessingModeValues.Preserve }));
        }

        foreach (var part in block.Runs)
        {
            paragraph.Append(Run(part));
        }

        return paragraph;
    }

    private static Run Run(TextRun part)
    {
        var run = new Run();
        var text = XmlSafeText.Clean(part.Text);
        if (part.Bold || HasRightToLeft(text))
        {
            var properties = new RunProperties();
            if (part.Bold)
            {
                properties.Append(new Bold());
            }

            if (HasRightToLeft(text))
            {
                properties.Append(new RightToLeftText());
            }

            run.Append(properties);
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            var pieces = lines[i].Split('\t');
            for (var j = 0; j < pieces.Length; j++)
            {
                if (j > 0)
                {
                    run.Append(new TabChar());
                }

                if (pieces[j].Length > 0)
                {
                    run.Append(new Text(pieces[j]) { Space = SpaceProcessingModeValues.Preserve });
                }
            }
        }

        return run;
    }

    // Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms: enough for Word to lay the run out right to left.
    private static bool HasRightToLeft(string text) =>
        text.Any(c => c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF');

    private static Styles Styles()
    {
        static Style Paragraph(string id, string name, int halfPoints, bool bold = false, bool italic = false, int before = 0, int after = 120, string? indent = null)
        {
            // The schema fixes the order inside w:rPr: bold and italic come before the size.
            var run = new StyleRunProperties();
            if (bold)
            {
                run.Append(new Bold());
            }

            if (italic)
            {
                run.Append(new Italic());
            }

            run.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });

            var paragraph = new StyleParagraphProperties(new SpacingBetweenLines
            {
                Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture),
                After = after.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            if (indent is not null)
            {
                paragraph.Append(new Indentation { Left = indent });
            }

            return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, paragraph, run)
            {
                Type = StyleValues.Paragraph,
                StyleId = id,
            };
        }

        var normal = new Style(
            new StyleName { Val = "Normal" },
            new StyleRunProperties(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Arial" }, new FontSize { Val = "22" }))
        {
            Type = StyleValues.Paragraph,
            StyleId = "Normal",
            Default = true,
        };
        return new Styles(
            normal,
            Paragraph("Title", "Title", 36, bold: true, after: 240),
            Paragraph("Heading1", "heading 1", 26, bold: true, before: 240),
            Paragraph("Item", "Agreement item", 22, indent: "360"),
            Paragraph("Note", "Agreement note", 18, italic: true, indent: "360"));
    }
}
