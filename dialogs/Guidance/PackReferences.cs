namespace PartnershipBot.Dialogs.Guidance;

/// <summary>Cross-section checks: unique ids and every reference (principle, source, question) resolves.</summary>
internal sealed class PackReferences(
    PackReader r,
    List<Located<Source>> sources,
    List<Located<Principle>> principles,
    List<Located<Question>> questions)
{
    public void Check(
        List<Located<PrincipleRules>> assessment,
        List<Located<ChecklistTemplate>> checklist,
        DisclosureSection disclosure,
        List<Located<QuizQuestion>> quiz)
    {
        Unique(sources, s => s.Id);
        Unique(principles, p => p.Id);
        Unique(questions, q => q.Id);
        Unique(checklist, c => c.Id);
        Unique(quiz, q => q.Id);
        Unique(assessment, a => a.PrincipleId);

        foreach (var p in principles)
        {
            SourceRef(p.Value.SourceId, p, "source");
        }

        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            if (q.Value.PrincipleId is { } principle)
            {
                PrincipleRef(principle, q, "principle");
            }

            if (q.Value.Kind is QuestionKind.Choice or QuestionKind.MultiChoice && q.Value.Choices.Count == 0)
            {
                r.Error(q.Node, $"{q.Path}.choices", "a choice question needs at least one choice");
            }

            LiteralRefs(q.Value.When, q, "when");
            var earlier = questions.Take(i).Select(x => x.Value.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var field in q.Value.When?.Fields ?? [])
            {
                if (!earlier.Contains(field))
                {
                    r.Error(q.Node, $"{q.Path}.when", Known(field) ? $"question '{field}' is asked later, so it is never answered here" : $"unknown question '{field}'");
                }
            }

            if (q.Value.After is { } after && questions.Take(i).All(x => x.Value.Id != after || x.Value.Kind != QuestionKind.Date))
            {
                r.Error(q.Node, $"{q.Path}.after", $"'{after}' is not an earlier date question");
            }
        }

        foreach (var a in assessment)
        {
            PrincipleRef(a.Value.PrincipleId, a, "principle");
            foreach (var field in a.Value.Rules.SelectMany(rule => rule.When?.Fields ?? []))
            {
                AssessmentFieldRef(field, a, "rules.when");
            }

            foreach (var field in a.Value.Rules.SelectMany(rule => AnswerText.Placeholders(rule.Reason)))
            {
                AssessmentFieldRef(field, a, "rules.reason");
            }

            foreach (var rule in a.Value.Rules)
            {
                SourceRef(rule.SourceId, a, "rules.source");
                LiteralRefs(rule.When, a, "rules.when");
            }
        }

        foreach (var p in principles.Where(p => assessment.All(a => a.Value.PrincipleId != p.Value.Id)))
        {
            r.Error(p.Node, p.Path, $"principle '{p.Value.Id}' has no assessment rules");
        }

        foreach (var c in checklist)
        {
            PrincipleRef(c.Value.PrincipleId, c, "principle");
            SourceRef(c.Value.SourceId, c, "source");
            foreach (var field in c.Value.When?.Fields ?? [])
            {
                AssessmentFieldRef(field, c, "when");
            }

            LiteralRefs(c.Value.When, c, "when");

            foreach (var field in AnswerText.Placeholders(c.Value.Text))
            {
                QuestionRef(field, c, "text");
            }

            if (c.Value.Due?.Rule is { } dueRule && disclosure.Rules is { } rules && rules.Rules.All(x => x.Id != dueRule))
            {
                r.Error(c.Node, $"{c.Path}.due", $"unknown disclosure rule '{dueRule}'");
            }

            if (c.Value.Due?.Field is { } dueField && questions.All(q => q.Value.Id != dueField || q.Value.Kind != QuestionKind.Date))
            {
                r.Error(c.Node, $"{c.Path}.due", $"'{dueField}' is not a date question");
            }
        }

        foreach (var (id, node, path) in disclosure.SourceRefs)
        {
            if (sources.All(s => s.Value.Id != id))
            {
                r.Error(node, path, $"unknown source '{id}'");
            }
        }

        foreach (var (question, value, node, path) in disclosure.ChoiceRefs)
        {
            // The people paid (individuals: lay patients, organisation representatives, HCPs) count as partner types
            // for the rules, so a rule may name a value of either question.
            var choices = questions.Where(q => q.Value.Id == question || (question == QuestionIds.PartnerType && q.Value.Id == QuestionIds.PeoplePaid))
                .SelectMany(q => q.Value.Choices);
            if (choices.All(c => c.Value != value))
            {
                r.Error(node, path, question == QuestionIds.PartnerType
                    ? $"'{value}' is not a choice of the {question} or {QuestionIds.PeoplePaid} question"
                    : $"'{value}' is not a choice of the {question} question");
            }
        }

        foreach (var (when, node, path) in disclosure.Conditions)
        {
            var at = new Located<string>(path, node, path);
            foreach (var field in when.Fields)
            {
                AssessmentFieldRef(field, at, "when");
            }

            LiteralRefs(when, at, "when");
        }

        foreach (var q in quiz)
        {
            if (q.Value.PrincipleId is { } principle)
            {
                PrincipleRef(principle, q, "principle");
            }

            SourceRef(q.Value.SourceId, q, "source");
        }
    }

    /// <summary>
    /// The values a condition compares with must exist: a choice of the question, or an ISO country code for the
    /// countries question ("countries contains UK" would never hold, since the bot stores GB).
    /// </summary>
    private void LiteralRefs<T>(Condition? condition, Located<T> at, string field)
    {
        foreach (var (questionId, value) in condition?.Literals ?? [])
        {
            var question = questions.FirstOrDefault(q => q.Value.Id == questionId)?.Value;
            if (question?.Format is AnswerFormats.CountryList or AnswerFormats.Country && !Countries.IsCode(value))
            {
                r.Error(at.Node, $"{at.Path}.{field}", $"'{value}' is not an ISO 3166-1 alpha-2 country code");
            }
            else if (question?.Kind is QuestionKind.Choice or QuestionKind.MultiChoice && question.Choices.All(c => !string.Equals(c.Value, value, StringComparison.OrdinalIgnoreCase)))
            {
                r.Error(at.Node, $"{at.Path}.{field}", $"'{value}' is not a choice of the {questionId} question");
            }
        }
    }

    private bool Known(string questionId) => questions.Any(q => q.Value.Id == questionId);

    private void AssessmentFieldRef<T>(string id, Located<T> at, string field)
    {
        if (!DerivedAnswers.Fields.Contains(id))
        {
            QuestionRef(id, at, field);
        }
    }

    private void Unique<T>(List<Located<T>> items, Func<T, string> id)
    {
        foreach (var group in items.GroupBy(x => id(x.Value)).Where(g => g.Count() > 1))
        {
            foreach (var dup in group.Skip(1))
            {
                r.Error(dup.Node, dup.Path, $"duplicate id '{group.Key}' (first at line {group.First().Node.Start.Line})");
            }
        }
    }

    private void PrincipleRef<T>(string id, Located<T> at, string field)
    {
        if (principles.All(p => p.Value.Id != id))
        {
            r.Error(at.Node, $"{at.Path}.{field}", $"unknown principle '{id}'");
        }
    }

    private void SourceRef<T>(string id, Located<T> at, string field)
    {
        if (sources.All(s => s.Value.Id != id))
        {
            r.Error(at.Node, $"{at.Path}.{field}", $"unknown source '{id}'");
        }
    }

    private void QuestionRef<T>(string id, Located<T> at, string field)
    {
        if (!Known(id))
        {
            r.Error(at.Node, $"{at.Path}.{field}", $"unknown question '{id}'");
        }
    }
}
