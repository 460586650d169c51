using System.Diagnostics;
using CsCheck;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Documents;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Documents;

/// <summary>
/// The written agreement draft of the six guidance cases: it holds every answer, the Open XML validator finds no
/// error (and LibreOffice converts it, where installed), the text matches the golden files, and hostile answers
/// stay plain text.
/// </summary>
public sealed class AgreementDraftTests
{
    private static readonly GuidancePack Pack = DocumentScenarios.Pack;

    private static byte[] Docx(Answers answers, GuidancePack? pack = null, string title = "Scenario", string owner = "dana") =>
        AgreementDocx.Write(AgreementBuilder.Build(pack ?? Pack, title, answers, owner, DocumentScenarios.Prepared).Blocks, title);

    [Theory]
    [MemberData(nameof(DocumentScenarios.Names), MemberType = typeof(DocumentScenarios))]
    public void Draft_OfEachGuidanceCase_HoldsEveryAnswerAndIsValidOpenXml(string scenario)
    {
        var answers = DocumentScenarios.Cases[scenario];
        var docx = Docx(answers);

        var text = DocxText.Extract(docx);
        foreach (var id in answers.Values.Keys)
        {
            Assert.Contains(AnswerText.Format(Pack, answers, id), text, StringComparison.Ordinal);
        }

        Assert.Empty(ValidationErrors(docx));
        Assert.Contains("Written agreement (draft)", text, StringComparison.Ordinal);
        Assert.Contains("will not ask", text, StringComparison.Ordinal);
        Assert.Contains("not conditional on exclusivity", text, StringComparison.Ordinal);
        Assert.Contains(AgreementBuilder.LegalEntityPlaceholder, text, StringComparison.Ordinal);
        Assert.Contains(AgreementBuilder.GoverningLawPlaceholder, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("uk-patient-organisation-grant")]
    [InlineData("multi-country-gb-no-us")]
    [InlineData("contracted-advisory-board")]
    public void Draft_Text_MatchesTheGoldenFile(string scenario)
    {
        var text = DocxText.Extract(Docx(DocumentScenarios.Cases[scenario])).Replace("\r\n", "\n", StringComparison.Ordinal);
        var golden = RepoFiles.Path("tests", "PartnershipBot.Tests", "Documents", "Golden", $"agreement-{scenario}.txt");
        if (Environment.GetEnvironmentVariable("PB_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, text);
        }

        Assert.Equal(File.ReadAllText(golden).Replace("\r\n", "\n", StringComparison.Ordinal), text);
    }

    [Fact]
    public void Draft_ForAPartnerUnderAnUnconfirmedRule_SaysConfirmWithLegalThere_AndNotUnderAConfirmedOne()
    {
        static string[] Lines(string basedIn) => DocxText.Extract(Docx(DocumentScenarios.Cases["multi-country-gb-no-us"].With("partner_country", basedIn))).Split('\n');
        var us = Lines("US");
        var gb = Lines("GB");

        // The rule follows where the partner is based: the US one is not confirmed, the UK one is.
        var usRule = Array.FindIndex(us, l => l.StartsWith("– United States (US): ", StringComparison.Ordinal));
        var gbRule = Array.FindIndex(gb, l => l.StartsWith("– United Kingdom (GB): Publish the support", StringComparison.Ordinal));
        Assert.True(usRule > 0 && gbRule > 0, string.Join('\n', us));
        Assert.StartsWith("Source: PhRMA Principles", us[usRule + 1], StringComparison.Ordinal);
        Assert.Equal(AgreementBuilder.ConfirmWithLegal, us[usRule + 2]);
        Assert.StartsWith("Source: ABPI Code of Practice", gb[gbRule + 1], StringComparison.Ordinal);
        Assert.NotEqual(AgreementBuilder.ConfirmWithLegal, gb[gbRule + 2]);
        Assert.DoesNotContain(gb, l => l.StartsWith("– United States (US): ", StringComparison.Ordinal));
    }

    [Fact]
    public void Draft_WithTheCompanysTextsInThePack_PrintsThemInsteadOfPlaceholders()
    {
        var pack = GuidancePackLoader.Parse(ReplaceSection(DefaultYaml(), "agreement", """
            agreement:
              header: "Acme Pharma UK — partnership agreement template v3"
              legal_entity: "Acme Pharma UK Limited"
              governing_law: "the laws of England and Wales"
            """), "test.yaml");

        var text = DocxText.Extract(Docx(DocumentScenarios.Cases["uk-patient-organisation-grant"], pack));

        Assert.Contains("Acme Pharma UK — partnership agreement template v3", text, StringComparison.Ordinal);
        Assert.Contains("The company: Acme Pharma UK Limited", text, StringComparison.Ordinal);
        Assert.Contains("This agreement is governed by the laws of England and Wales.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("set in the content pack]", text, StringComparison.Ordinal);

        // Without a clause list, the clauses are the checklist items due by the written agreement.
        Assert.Contains("Sign the written agreement with Breathe Easy UK before any support is paid or given.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_AgreementClauseNamingAnUnknownChecklistItem_IsRefusedWithItsLine()
    {
        var yaml = ReplaceSection(DefaultYaml(), "agreement", """
            agreement:
              clauses:
                - { checklist: no-such-item }
              colour: blue
            """);

        var errors = Assert.Throws<GuidancePackException>(() => GuidancePackLoader.Parse(yaml, "test.yaml")).Errors;

        Assert.Contains(errors, e => e.Contains("agreement.clauses[0].checklist", StringComparison.Ordinal) && e.Contains("unknown checklist item 'no-such-item'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("colour", StringComparison.Ordinal));
    }

    private static readonly Gen<string> Hostile = Gen.OneOf(
        Gen.String,
        Gen.Const("<w:t>&amp;</w:t>]]><!-- \"'&<>"),
        Gen.Const("مرحبا بالعالم — שלום עולם"),
        Gen.Const("👩‍⚕️🫁💊 emoji 🇬🇧"),
        Gen.Const("=HYPERLINK(\"http://evil.example\",\"x\")"),
        Gen.Const("line one\nline two\ttabbed\u0001\u0008\uFFFF\uD800 lone"),
        Gen.String[Gen.Char["<>&\"'=+-@\t\n{}[]#\u202E\u200F\u05D0\u0627😀"], 1, 40]);

    [Fact]
    public void Draft_WithHostileTextInEveryAnswer_StaysValidAndShowsTheTextAsTyped()
    {
        Gen.Select(Hostile, Hostile, Hostile, Hostile).Sample((partner, outcome, feedback, title) =>
        {
            var answers = DocumentScenarios.Cases["uk-patient-organisation-grant"]
                .With("partner", partner).With("patient_outcome", outcome).With("feedback_channel", feedback).With("benefits_profile", outcome)
                .With("in_kind_value", feedback).With("owner_is_me", "no").With("owner_name", title);
            var docx = Docx(answers, title: title, owner: title);
            var text = DocxText.Extract(docx);
            return ValidationErrors(docx).Count == 0
                && new[] { partner, outcome, feedback, title }.All(v => text.Contains(AsRead(v), StringComparison.Ordinal));
        }, iter: 60);
    }

    [Fact]
    public void Draft_ConvertsWithLibreOffice_WhenItIsInstalled()
    {
        // test.sh installs Debian's libreoffice-writer-nogui where it can; without it the validator test above stands alone.
        const string soffice = "/usr/bin/soffice";
        if (!File.Exists(soffice))
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("pb-docx-").FullName;
        try
        {
            var answers = DocumentScenarios.Cases["multi-country-gb-no-us"].With("partner", "Ñandú & <Partners> שלום 😀");
            var input = Path.Combine(folder, "draft.docx");
            File.WriteAllBytes(input, Docx(answers));
            using var process = Process.Start(new ProcessStartInfo(soffice, ["--headless", $"-env:UserInstallation=file://{folder}/profile", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", folder, input])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "LibreOffice did not finish in two minutes");
            var converted = File.ReadAllText(Path.Combine(folder, "draft.txt"));
            Assert.Contains("Ñandú & <Partners> שלום 😀", converted, StringComparison.Ordinal);
            Assert.Contains("Written agreement (draft)", converted, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>How a value reads back: XML-impossible characters shown as U+FFFD, carriage returns as line breaks.</summary>
    private static string AsRead(string value) =>
        XmlSafeText.Clean(value).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>The validator's findings as text (part, XPath, description), so a failure says what is wrong.</summary>
    internal static List<string> ValidationErrors(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return [.. new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    internal static string DefaultYaml()
    {
        using var stream = typeof(GuidancePack).Assembly.GetManifestResourceStream(GuidancePackLoader.DefaultResource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The pack with one top-level section replaced (the agreement section is the last but one).</summary>
    internal static string ReplaceSection(string yaml, string key, string replacement)
    {
        var start = yaml.IndexOf($"\n{key}:", StringComparison.Ordinal);
        var next = yaml.IndexOf("\npublication:", start + 1, StringComparison.Ordinal);
        return yaml[..(start + 1)] + replacement.TrimEnd() + "\n" + yaml[(next + 1)..];
    }
}
