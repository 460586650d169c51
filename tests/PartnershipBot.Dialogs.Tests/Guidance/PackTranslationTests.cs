using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Tests.Guidance;

/// <summary>The pack's translations: refused when they would mislead, listed when missing, marked until reviewed.</summary>
public sealed class PackTranslationTests
{
    private static readonly string DefaultYaml = ReadDefault();

    private const string TitlePromptDe = "        prompt: \"Wie heißt die Zusammenarbeit? Ein kurzer Arbeitstitel genügt.\"\n";

    [Theory]
    [InlineData(TitlePromptDe, "        prompt: \"Wie heißt die Zusammenarbeit mit {partner}?\"\n", "questions[0].translations.de.prompt: the placeholders ({partner}) differ from the English (none)")]
    [InlineData("        reviewed: false\n        label: \"Titel\"\n", "        reviewed: false\n        label: \"Titel\"\n        choices: { grant: Zuschuss }\n", "questions[0].translations.de.choices.grant: the question has no choice 'grant'")]
    [InlineData("    translations:\n      de:\n        reviewed: false\n        label: \"Titel\"\n", "    translations:\n      es:\n        reviewed: false\n      de:\n        reviewed: false\n        label: \"Titel\"\n", "questions[0].translations.es: unknown field (expected one of: de, fr)")]
    [InlineData("        reviewed: false\n        label: \"Titel\"\n", "        reviewed: false\n        label: \"Titel\"\n        tone: formal\n", "questions[0].translations.de.tone: unknown field")]
    public void Parse_MisleadingTranslation_Refused(string find, string replace, string expected)
    {
        Assert.Contains(find, DefaultYaml, StringComparison.Ordinal);
        var broken = ReplaceFirst(DefaultYaml, find, replace);

        var error = Assert.Throws<GuidancePackException>(() => GuidancePackLoader.Parse(broken, "broken.yaml"));

        Assert.Contains(error.Errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void DefaultPack_TranslatesEveryQuestionsLabelPromptAndChoices_MarkedUnreviewed()
    {
        var pack = GuidancePack.LoadDefault();

        Assert.All(pack.Questions, q =>
        {
            foreach (var language in (string[])["de", "fr"])
            {
                var t = q.Translations[language];
                Assert.False(t.Reviewed);
                Assert.NotNull(t.Label);
                Assert.NotNull(t.Prompt);
                Assert.All(q.Choices, c => Assert.True(t.Choices.ContainsKey(c.Value), $"{q.Id} {language}: choice {c.Value}"));
            }
        });

        // What is left is listed (help texts not yet translated), never a question's label, prompt or choice.
        var missing = QuestionLocalizer.Missing(pack);
        Assert.Contains("questions.partner_type de: help", missing);
        Assert.All(missing, line => Assert.EndsWith(": help", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Localized_KeepsValuesAndEnglishTitlesAsSynonyms()
    {
        var question = GuidancePack.LoadDefault().Question(QuestionIds.PartnerType)!.In(Languages.For("de-DE"));

        Assert.True(question.Unreviewed);
        var choice = question.Choices.Single(c => c.Value == "patient_org");
        Assert.Equal("Patientenorganisation", choice.Title);
        Assert.Contains("Patient organisation", choice.Synonyms);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }

    private static string ReadDefault()
    {
        using var stream = typeof(GuidancePack).Assembly.GetManifestResourceStream(GuidancePackLoader.DefaultResource)!;
        return new StreamReader(stream).ReadToEnd();
    }
}
