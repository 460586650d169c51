using System.Globalization;
using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Documents;

/// <summary>
/// Drafts the written agreement from a collaboration's answers and the pack: the parties, the activity, roles, time
/// frame, support, independence, acknowledgement and disclosure, feedback and reviews, the clauses the pack's rules
/// require for this partner type and these countries (each with its source, and "confirm with legal" where the pack
/// marks the rule unconfirmed), and an annex with every answer. Company wording comes from the pack or shows as a
/// placeholder. Pure: the same answers and date give the same draft.
/// </summary>
public static class AgreementBuilder
{
    public const string LegalEntityPlaceholder = "[legal entity — set in the content pack]";
    public const string GoverningLawPlaceholder = "[governing law — set in the content pack]";
    public const string HeaderPlaceholder = "[company header — set in the content pack]";
    public const string ConfirmWithLegal = "Confirm with legal: the content pack marks this rule as not confirmed against the code's current text.";

    public static AgreementDraft Build(GuidancePack pack, string title, Answers answers, string owner, DateOnly prepared)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(owner);
        var texts = pack.Documents;

        // What the rules read (where the partner is based, who is paid, as for old answers), as the checklist does.
        var derived = DerivedAnswers.Of(answers);
        var entity = texts.LegalEntity ?? LegalEntityPlaceholder;
        var partner = answers.Get("partner") is { Length: > 0 } p ? p : "[partner — not answered]";
        var countries = DisclosureCalendar.RecipientCountries(derived);
        var partnerType = derived.Get(QuestionIds.PartnerType);
        var support = answers.Get(QuestionIds.SupportType);
        var supported = support is not null && support != "none";
        string A(string id) => AnswerText.Format(pack, answers, id);

        var blocks = new List<DocumentBlock>
        {
            DocumentBlock.Of(BlockKind.Note, texts.Header ?? HeaderPlaceholder),
            DocumentBlock.Of(BlockKind.Title, "Written agreement (draft)"),
            DocumentBlock.Of(BlockKind.Paragraph, title),
            DocumentBlock.Of(BlockKind.Note,
                $"Draft prepared by PartnershipBot on {Long(prepared)} from the answers given in the review. It is not legal advice: "
                + "legal must review it before it is sent or signed."),
        };

        void Heading(string text) => blocks.Add(DocumentBlock.Of(BlockKind.Heading, text));
        void Line(string label, string value) => blocks.Add(new DocumentBlock(BlockKind.Paragraph, [new TextRun(label + ": ", Bold: true), new TextRun(value)]));
        void Text(string text) => blocks.Add(DocumentBlock.Of(BlockKind.Paragraph, text));
        void Note(string text) => blocks.Add(DocumentBlock.Of(BlockKind.Note, text));
        void Cited(string sourceId, string? cite) => Note("Source: " + pack.Source(sourceId).Cite(cite));

        Heading("1. Parties");
        Line("The company", entity);
        Line("The partner", partner);
        Line("Kind of organisation", A(QuestionIds.PartnerType));
        if (answers.Has(QuestionIds.PartnerCountry))
        {
            Line("The partner is based in", A(QuestionIds.PartnerCountry));
        }

        Line("Project owner at the company", owner);

        Heading("2. The activity and its objectives");
        Line("Collaboration", title);
        Line("Scope", A(QuestionIds.Scope));
        Line("Countries", A(QuestionIds.Countries));
        Line("Objective, as patients would put it", A("patient_outcome"));
        Line("Patients helped set the objectives", A("patients_set_objectives"));
        foreach (var id in (string[])["unmet_need", "need_assessment", "communities_count", "programme_years", "sustainability"])
        {
            if (answers.Has(id))
            {
                Line(pack.Question(id)?.Label ?? id, A(id));
            }
        }

        Heading("3. Each party's role");
        Line("The company", $"provides the support set out in section 5; its project owner is {owner}.");
        Line("The partner", "carries out the activity and keeps every decision on its own policies and activities (section 6).");
        Line("Experts taking part", A("experts"));
        if (answers.Has("recognition"))
        {
            Line("How each expert is recognised", A("recognition"));
        }

        foreach (var id in (string[])["other_partners", "local_voices"])
        {
            if (answers.Has(id))
            {
                Line(pack.Question(id)?.Label ?? id, A(id));
            }
        }

        Heading("4. Time frame");
        Line("Start", A(QuestionIds.StartDate));
        Line("End", A(QuestionIds.EndDate));

        Heading("5. The support");
        Line("Type of support", A(QuestionIds.SupportType));
        if (!supported)
        {
            Text("The company gives no financial or in-kind support under this agreement.");
        }
        else
        {
            if (answers.Get(QuestionIds.PaymentTiming) == "in_kind" || answers.Has("in_kind_value"))
            {
                Line("Given in kind, and its value", A("in_kind_value"));
            }

            Line("Amount", $"{A("support_amount")} {(answers.Has("support_currency") ? A("support_currency") : "")}".TrimEnd());
            Line("How it is paid or given", A(QuestionIds.PaymentTiming));
            var dates = answers.Get(QuestionIds.PaymentTiming) == "one_payment" ? A(QuestionIds.PaymentDate) : A(QuestionIds.PaymentDates);
            Line("Payment dates", dates);
        }

        Heading("6. Independence of the partner");
        Text($"{partner} remains independent in its policies and activities. The company will not promote, and will not ask {partner} to promote, a prescription-only medicine.");
        CiteTemplate(pack, "independence", Note);
        Text($"The support is not conditional on exclusivity: the company does not require to be the sole funder of {partner} or of this activity, and {partner} decides who else funds it.");
        CiteTemplate(pack, "not-sole-funder", Note);

        Heading("7. Acknowledgement and disclosure");
        Line("The company's support is acknowledged in materials from the start", A("acknowledged_from_start"));
        var (ackSource, ackCite) = pack.Disclosure.Acknowledgement.For(countries, support, partnerType);
        Cited(ackSource, ackCite);
        Line("Where the collaboration is disclosed", A("disclosure_plan"));
        if (supported)
        {
            var years = DisclosureCalendar.SupportYears(answers);
            Text($"The company discloses the support publicly for each calendar year in which it is paid or given ({(years.Count == 0 ? "no year known yet" : AnswerText.JoinList(years.Select(y => y.ToString(CultureInfo.InvariantCulture))))}), and {partner} is told where and when. Under the rules of the country where the partner is based:");
            foreach (var country in countries)
            {
                // Each group paid has its own rule (an advisory board of lay patients and representatives gets both).
                var rules = DisclosureCalendar.RecipientTypes(derived)
                    .SelectMany(recipient => pack.Disclosure.RulesFor(country, recipient, support, derived))
                    .DistinctBy(r => r.Id)
                    .ToList();
                if (rules.Count == 0)
                {
                    blocks.Add(DocumentBlock.Of(BlockKind.Item, $"{Countries.Label(country)}: no disclosure rule is configured in the content pack for this partner type."));
                    Note("Confirm with legal which local code applies; no rule was invented.");
                    continue;
                }

                foreach (var rule in rules)
                {
                    blocks.Add(DocumentBlock.Of(BlockKind.Item, $"{Countries.Label(country)}: {rule.Text}"));
                    Cited(rule.SourceId, rule.Cite);
                    if (!rule.Confirmed)
                    {
                        Note(ConfirmWithLegal);
                    }
                }
            }
        }

        Heading("8. Feedback and joint reviews");
        Line("How the partner gives feedback", A("feedback_channel"));
        Line("Joint reviews", A(QuestionIds.ReviewCadence));
        Line("Showing the benefits of working together", A("benefits_profile"));

        Heading("9. Clauses the rules require");
        if (supported)
        {
            var (agreementSource, agreementCite) = pack.Disclosure.Agreement.For(countries, support, partnerType);
            Text("This agreement is put in writing and signed before the support starts.");
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
                Note(ConfirmWithLegal);
            }
        }

        if (applied == 0)
        {
            Text("No further clause of the content pack applies to these answers.");
        }

        Heading("10. Governing law");
        Text($"This agreement is governed by {texts.GoverningLaw ?? GoverningLawPlaceholder}.");

        Heading("11. Signatures");
        Line("For the company", $"{entity}: name, role, signature and date");
        Line("For the partner", $"{partner}: name, role, signature and date");

        Heading("Annex: the answers this draft was built from");
        var order = pack.Questions.Select((q, i) => (q.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        foreach (var id in answers.Values.Keys.OrderBy(id => order.GetValueOrDefault(id, int.MaxValue)).ThenBy(id => id, StringComparer.Ordinal))
        {
            Line(pack.Question(id)?.Label ?? id, A(id));
        }

        return new AgreementDraft(FileNames.For("agreement-draft", title, "docx"), blocks);
    }

    private static void CiteTemplate(GuidancePack pack, string checklistId, Action<string> note)
    {
        // The wording of sections 6 is the bot's; the rule behind it is the pack's checklist item, when the pack has it.
        if (pack.Checklist.FirstOrDefault(t => t.Id == checklistId) is { } template)
        {
            note("Source: " + pack.Source(template.SourceId).Cite(template.Cite));
        }
    }

    private static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
