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

    // One line of the default pack's German or French and what a translator might wrongly make of it, for each kind of guidance text.
    private const string R1TitleDe = "        title: \"Patienten aufrichtig dienen\"\n";
    private const string R1ReasonDe = "            reason: \"Patienten haben die Ziele nicht mitbestimmt, daher ist das Ergebnis „{patient_outcome}“ die Sicht des Unternehmens auf ihren Bedarf.\"\n";
    private const string FileAgreementFr = "        text: \"Classez la convention signée avec {partner} dans le dossier du projet.\"\n";
    private const string AdaptOptionsDe = "        options:\n          - \"Den Plan wie vereinbart zu Ende führen und es nächstes Jahr beheben\"\n";
    private const string DepthExplanationFr = "        explanation: \"Aller plus loin dans moins d'endroits produit un changement durable, comme l'a montré le partenariat Gaucher de 16 ans en Égypte.\"\n";
    private const string SupportCurrencyHelpDe = "        help: \"Die Währung des Betrags, den Sie gerade angegeben haben.\"\n";

    [Theory]
    [InlineData(R1TitleDe, "        title: \"Patienten von {partner} dienen\"\n", "principles[0].translations.de.title: the placeholders ({partner}) differ from the English (none)")]
    [InlineData(R1ReasonDe, "            reason: \"Patienten haben die Ziele nicht mitbestimmt.\"\n", "assessment[0].rules[0].translations.de.reason: the placeholders (none) differ from the English ({patient_outcome})")]
    [InlineData(FileAgreementFr, "        text: \"Classez la convention signée avec {partenaire} dans le dossier du projet.\"\n", "translations.fr.text: the placeholders ({partenaire}) differ from the English ({partner})")]
    [InlineData(AdaptOptionsDe, "        options:\n          - \"Den Plan mit {partner} zu Ende führen\"\n", "translations.de.options[0]: the placeholders ({partner}) differ from the English (none)")]
    [InlineData(AdaptOptionsDe, "        options:\n", "translations.de.options: lists 2 texts, the English 3: translate each one, in the English order")]
    [InlineData(DepthExplanationFr, "        explanation: \"Aller plus loin avec {partner}.\"\n", "translations.fr.explanation: the placeholders ({partner}) differ from the English (none)")]
    [InlineData(SupportCurrencyHelpDe, "        help: \"Die Währung von {support_amount}.\"\n", "translations.de.help: the placeholders ({support_amount}) differ from the English (none)")]
    [InlineData(R1ReasonDe, R1ReasonDe + "            cite: \"Klausel 27.2\"\n", "assessment[0].rules[0].translations.de.cite: unknown field (expected one of: reviewed, reason)")]
    public void Parse_GuidanceTranslationWithOtherPlaceholdersOrShape_Refused(string find, string replace, string expected)
    {
        Assert.Contains(find, DefaultYaml, StringComparison.Ordinal);
        var broken = ReplaceFirst(DefaultYaml, find, replace);

        var error = Assert.Throws<GuidancePackException>(() => GuidancePackLoader.Parse(broken, "broken.yaml"));

        Assert.Contains(error.Errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(R1TitleDe, "principles.R1 de: title")]
    [InlineData(R1ReasonDe, "assessment.R1.rules[0] de: reason")]
    [InlineData(FileAgreementFr, "checklist.file-agreement fr: text")]
    [InlineData(DepthExplanationFr, "quiz.q-depth fr: explanation")]
    [InlineData(SupportCurrencyHelpDe, "questions.support_currency de: help")]
    public void Parse_GuidanceTranslationLeftOut_ListedAsMissing_ShownInEnglish(string removed, string expected)
    {
        var pack = GuidancePackLoader.Parse(ReplaceFirst(DefaultYaml, removed, ""), "partial.yaml");

        Assert.Equal([expected], GuidanceLocalizer.Missing(pack));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    public void EveryReasonAndChecklistItem_FillsInTheLanguage_NoPlaceholderLeft(string locale)
    {
        var pack = GuidancePack.LoadDefault();
        var culture = Languages.For(locale);
        var answers = Answers.Empty
            .With("partner", "Breathe UK").With("support_type", "grant").With("support_amount", "25000").With("support_currency", "GBP")
            .With("start_date", "2027-05-01").With("end_date", "2028-04-30").With("experts", ["patient_experts", "carers"])
            .With("recognition", "credit").With("review_cadence", "quarterly").With("agreement_status", "drafted")
            .With("disclosure_plan", "company_website").With("need_assessment", "access").With("other_partners", "ngos")
            .With("local_voices", "officials").With("sustainability", "centres").With("communities_count", "12").With("programme_years", "2")
            .With("patient_outcome", "fewer attacks").With("feedback_channel", "steering group").With("benefits_profile", "a case study")
            .With("unmet_need", "no diagnosis").With(Assessor.DaysToStart, "20");
        var texts = pack.Assessment.SelectMany(a => a.Rules).Select(r => r.In(culture).Reason)
            .Concat(pack.Checklist.Select(c => c.In(culture).Text))
            .Select(t => AnswerText.FillIn(pack, answers, t, culture))
            .ToList();

        Assert.All(texts, t => Assert.DoesNotContain("{", t, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains(locale == "de-DE" ? "(25.000 GBP)" : "GBP)", StringComparison.Ordinal));
    }

    [Fact]
    public void Localized_GuidanceKeepsIdsSourcesAndTheCorrectOption()
    {
        var pack = GuidancePack.LoadDefault();
        var german = Languages.For("de-DE");

        var quiz = pack.Quiz.Single(q => q.Id == "q-disclosure-deadline").In(german);
        Assert.True(quiz.Unreviewed);
        Assert.Equal("30. Juni 2028", quiz.Options[quiz.CorrectIndex].Text);
        Assert.Equal("abpi-2024", quiz.SourceId);
        var rule = pack.Assessment.Single(a => a.PrincipleId == "R4").Rules[4].In(Languages.For("fr-FR"));
        Assert.Equal("Clause 27.2 (2021 numbering); certification in advance, 2024 Clause 8.3", rule.Cite);
        Assert.StartsWith("Un soutien est accordé ({support_type})", rule.Reason, StringComparison.Ordinal);
        Assert.Same(pack.Principles[0], pack.Principles[0].In(Languages.English));
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
                Assert.NotNull(t.Help);
                Assert.All(q.Choices, c => Assert.True(t.Choices.ContainsKey(c.Value), $"{q.Id} {language}: choice {c.Value}"));
            }
        });
    }

    [Fact]
    public void DefaultPack_TranslatesAllGuidanceText_NothingMissing_AllUnreviewed()
    {
        var pack = GuidancePack.LoadDefault();

        // Principles, every question (helps included), every assessment reason, checklist item and quiz question.
        Assert.Empty(GuidanceLocalizer.Missing(pack));
        IEnumerable<IReadOnlyDictionary<string, PackTranslation>> all =
        [
            .. pack.Principles.Select(p => p.Translations),
            .. pack.Assessment.SelectMany(a => a.Rules).Select(r => r.Translations),
            .. pack.Checklist.Select(c => c.Translations),
            .. pack.Quiz.Select(q => q.Translations),
        ];

        // Drafts written here, not by a translator: compliance has reviewed none of them.
        Assert.All(all, t => Assert.All(t.Values, v => Assert.False(v.Reviewed)));
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
