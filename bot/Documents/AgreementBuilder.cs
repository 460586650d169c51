using System.Globalization;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Texts;

namespace PartnershipBot.Documents;

/// <summary>
/// Drafts the written agreement from a collaboration's answers and the pack: the parties, the activity, roles, time
/// frame, support, independence, acknowledgement and disclosure, feedback and reviews, the clauses the pack's rules
/// require for this partner type and these countries (each with its source, and "confirm with legal" where the pack
/// marks the rule unconfirmed), and an annex with every answer. Company wording comes from the pack or shows as a
/// placeholder. Headings and the bot's own sentences are in the reader's language (Documents.resx); answers, rules
/// and clauses are as the pack words them. Pure: the same answers, date and language give the same draft.
/// </summary>
public static class AgreementBuilder
{
    public const string LegalEntityPlaceholder = "[legal entity — set in the content pack]";
    public const string GoverningLawPlaceholder = "[governing law — set in the content pack]";
    public const string HeaderPlaceholder = "[company header — set in the content pack]";
    public const string ConfirmWithLegal = "Confirm with legal: the content pack marks this rule as not confirmed against the code's current text.";

    public static AgreementDraft Build(GuidancePack pack, string title, Answers answers, string owner, DateOnly prepared) =>
        BuildIn(pack, title, answers, owner, prepared, Languages.English);

    public static AgreementDraft BuildIn(GuidancePack pack, string title, Answers answers, string owner, DateOnly prepared, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(owner);
        var texts = pack.Documents;

        // What the rules read (where the partner is based, who is paid, as for old answers), as the checklist does.
        var derived = DerivedAnswers.Of(answers);
        var entity = texts.LegalEntity ?? LegalEntityPlaceholder;
        var partner = answers.Get(QuestionIds.Partner) is { Length: > 0 } p ? p : Say.DocPartnerNotAnswered.Plain(culture);
        var countries = DisclosureCalendar.RecipientCountries(derived);
        var partnerType = derived.Get(QuestionIds.PartnerType);
        var support = answers.Get(QuestionIds.SupportType);
        var supported = support is not null && support != "none";
        string A(string id) => AnswerText.Format(pack, answers, id);
        string L(LocalText text) => text.Plain(culture);

        var blocks = new List<DocumentBlock>
        {
            DocumentBlock.Of(BlockKind.Note, texts.Header ?? HeaderPlaceholder),
            DocumentBlock.Of(BlockKind.Title, L(Say.DocAgreementTitle)),
            DocumentBlock.Of(BlockKind.Paragraph, title),
            DocumentBlock.Of(BlockKind.Note, Say.DocAgreementPrepared.Plain(culture, prepared)),
        };

        void Heading(string text) => blocks.Add(DocumentBlock.Of(BlockKind.Heading, text));
        void Line(string label, string value) => blocks.Add(new DocumentBlock(BlockKind.Paragraph, [new TextRun(label + ": ", Bold: true), new TextRun(value)]));
        void Text(string text) => blocks.Add(DocumentBlock.Of(BlockKind.Paragraph, text));
        void Note(string text) => blocks.Add(DocumentBlock.Of(BlockKind.Note, text));
        void Cited(string sourceId, string? cite) => Note(Say.DocSource.Plain(culture, pack.Source(sourceId).Cite(cite)));

        Heading(L(Say.DocHeadingParties));
        Line(L(Say.DocTheCompany), entity);
        Line(L(Say.DocThePartner), partner);
        Line(L(Say.DocKindOfOrganisation), A(QuestionIds.PartnerType));
        if (answers.Has(QuestionIds.PartnerCountry))
        {
            Line(L(Say.DocPartnerBasedIn), A(QuestionIds.PartnerCountry));
        }

        Line(L(Say.DocProjectOwner), owner);

        Heading(L(Say.DocHeadingActivity));
        Line(L(Say.DocCollaboration), title);
        Line(L(Say.DocScope), A(QuestionIds.Scope));
        Line(L(Say.DocCountries), A(QuestionIds.Countries));
        Line(L(Say.DocObjective), A(QuestionIds.PatientOutcome));
        Line(L(Say.DocPatientsSetObjectives), A(QuestionIds.PatientsSetObjectives));
        foreach (var id in (string[])["unmet_need", "need_assessment", "communities_count", "programme_years", "sustainability"])
        {
            if (answers.Has(id))
            {
                Line(pack.Question(id)?.Label ?? id, A(id));
            }
        }

        Heading(L(Say.DocHeadingRoles));
        Line(L(Say.DocTheCompany), Say.DocCompanyRole.Plain(culture, owner));
        Line(L(Say.DocThePartner), L(Say.DocPartnerRole));
        Line(L(Say.DocExperts), A(QuestionIds.Experts));
        if (answers.Has(QuestionIds.Recognition))
        {
            Line(L(Say.DocRecognition), A(QuestionIds.Recognition));
        }

        foreach (var id in (string[])["other_partners", "local_voices"])
        {
            if (answers.Has(id))
            {
                Line(pack.Question(id)?.Label ?? id, A(id));
            }
        }

        Heading(L(Say.DocHeadingTimeFrame));
        Line(L(Say.DocStart), A(QuestionIds.StartDate));
        Line(L(Say.DocEnd), A(QuestionIds.EndDate));

        Heading(L(Say.DocHeadingSupport));
        Line(L(Say.DocSupportType), A(QuestionIds.SupportType));
        if (!supported)
        {
            Text(L(Say.DocNoSupport));
        }
        else
        {
            if (answers.Get(QuestionIds.PaymentTiming) == "in_kind" || answers.Has(QuestionIds.InKindValue))
            {
                Line(L(Say.DocInKind), A(QuestionIds.InKindValue));
            }

            Line(L(Say.DocAmount), $"{A(QuestionIds.SupportAmount)} {(answers.Has(QuestionIds.SupportCurrency) ? A(QuestionIds.SupportCurrency) : "")}".TrimEnd());
            Line(L(Say.DocHowPaid), A(QuestionIds.PaymentTiming));
            var dates = answers.Get(QuestionIds.PaymentTiming) == "one_payment" ? A(QuestionIds.PaymentDate) : A(QuestionIds.PaymentDates);
            Line(L(Say.DocPaymentDates), dates);
        }

        Heading(L(Say.DocHeadingIndependence));
        Text(Say.DocIndependence.Plain(culture, partner));
        CiteTemplate(pack, "independence", Cited);
        Text(Say.DocNotSoleFunder.Plain(culture, partner));
        CiteTemplate(pack, "not-sole-funder", Cited);

        Heading(L(Say.DocHeadingDisclosure));
        Line(L(Say.DocAcknowledged), A(QuestionIds.AcknowledgedFromStart));
        var (ackSource, ackCite) = pack.Disclosure.Acknowledgement.For(countries, support, partnerType);
        Cited(ackSource, ackCite);
        Line(L(Say.DocWhereDisclosed), A(QuestionIds.DisclosurePlan));
        if (supported)
        {
            var years = DisclosureCalendar.SupportYears(answers);
            Text(Say.DocDisclosesYearly.Plain(culture, years.Count == 0 ? L(Say.DocNoYearYet) : AnswerText.JoinList(years.Select(y => y.ToString(CultureInfo.InvariantCulture))), partner));
            foreach (var country in countries)
            {
                // Each group paid has its own rule (an advisory board of lay patients and representatives gets both).
                var rules = DisclosureCalendar.RecipientTypes(derived)
                    .SelectMany(recipient => pack.Disclosure.RulesFor(country, recipient, support, derived))
                    .DistinctBy(r => r.Id)
                    .ToList();
                if (rules.Count == 0)
                {
                    blocks.Add(DocumentBlock.Of(BlockKind.Item, Say.DocNoRule.Plain(culture, Countries.Label(country))));
                    Note(L(Say.DocConfirmWhichCode));
                    continue;
                }

                foreach (var rule in rules)
                {
                    blocks.Add(DocumentBlock.Of(BlockKind.Item, $"{Countries.Label(country)}: {rule.Text}"));
                    Cited(rule.SourceId, rule.Cite);
                    if (!rule.Confirmed)
                    {
                        Note(L(Say.DocConfirmWithLegal));
                    }
                }
            }
        }

        Heading(L(Say.DocHeadingFeedback));
        Line(L(Say.DocFeedbackChannel), A(QuestionIds.FeedbackChannel));
        Line(L(Say.DocJointReviews), A(QuestionIds.ReviewCadence));
        Line(L(Say.DocBenefits), A(QuestionIds.BenefitsProfile));

        Heading(L(Say.DocHeadingClauses));
        if (supported)
        {
            var (agreementSource, agreementCite) = pack.Disclosure.Agreement.For(countries, support, partnerType);
            Text(L(Say.DocInWriting));
            Cited(agreementSource, agreementCite);
        }

        var applied = 0;
        foreach (var clause in pack.Documents.ClausesOf(pack))
        {
            if (pack.Checklist.FirstOrDefault(t => t.Id == clause.ChecklistId) is not { } template || !(template.When?.Evaluate(derived) ?? true))
            {
                continue;
            }

            applied++;
            blocks.Add(DocumentBlock.Of(BlockKind.Item, AnswerText.Fill(pack, answers, template.Text)));
            Cited(template.SourceId, template.Cite);
            if (!clause.Confirmed)
            {
                Note(L(Say.DocConfirmWithLegal));
            }
        }

        if (applied == 0)
        {
            Text(L(Say.DocNoFurtherClause));
        }

        Heading(L(Say.DocHeadingLaw));
        Text(Say.DocGovernedBy.Plain(culture, texts.GoverningLaw ?? GoverningLawPlaceholder));

        Heading(L(Say.DocHeadingSignatures));
        Line(L(Say.DocForCompany), Say.DocSignatureLine.Plain(culture, entity));
        Line(L(Say.DocForPartner), Say.DocSignatureLine.Plain(culture, partner));

        Heading(L(Say.DocHeadingAnnex));
        var order = pack.Questions.Select((q, i) => (q.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        foreach (var id in answers.Values.Keys.OrderBy(id => order.GetValueOrDefault(id, int.MaxValue)).ThenBy(id => id, StringComparer.Ordinal))
        {
            Line(pack.Question(id)?.Label ?? id, A(id));
        }

        return new AgreementDraft(FileNames.For("agreement-draft", title, "docx"), blocks);
    }

    private static void CiteTemplate(GuidancePack pack, string checklistId, Action<string, string?> cited)
    {
        // The wording of sections 6 is the bot's; the rule behind it is the pack's checklist item, when the pack has it.
        if (pack.Checklist.FirstOrDefault(t => t.Id == checklistId) is { } template)
        {
            cited(template.SourceId, template.Cite);
        }
    }
}
