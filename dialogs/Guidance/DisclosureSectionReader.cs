using YamlDotNet.RepresentationModel;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// The parsed disclosure section plus what it refers to, checked with the other references: source ids, and the
/// partner and support type values its rules name (choices of the partner_type and support_type questions).
/// </summary>
internal sealed record DisclosureSection(
    DisclosureRules? Rules,
    IReadOnlyList<(string Id, YamlNode Node, string Path)> SourceRefs,
    IReadOnlyList<(string Question, string Value, YamlNode Node, string Path)> ChoiceRefs)
{
    /// <summary>The rules' <c>when</c> conditions, whose questions and values are checked with the others.</summary>
    public IReadOnlyList<(Condition When, YamlNode Node, string Path)> Conditions { get; init; } = [];
}

internal static class DisclosureSectionReader
{
    public static DisclosureSection Read(PackReader r, YamlMappingNode root)
    {
        var sources = new List<(string, YamlNode, string)>();
        var choices = new List<(string, string, YamlNode, string)>();
        var conditions = new List<(Condition, YamlNode, string)>();
        var map = r.Map(r.Node(root, "disclosure"), "disclosure");
        if (map is null)
        {
            return new DisclosureSection(null, sources, choices);
        }

        r.OnlyKeys(map, "disclosure", "policy", "written_agreement", "annual", "acknowledgement", "benefits_profile", "joint_review", "reminders");
        string? Source(YamlMappingNode section, string path)
        {
            var id = r.Str(section, "source", path);
            if (id is not null)
            {
                sources.Add((id, r.Node(section, "source")!, $"{path}.source"));
            }

            return id;
        }

        var policy = r.Map(r.Node(map, "policy"), "disclosure.policy");
        int? agreementDays = null, benefitsDays = null, kickoffMonth = null, kickoffDay = null;
        string? policySource = null;
        if (policy is not null)
        {
            const string path = "disclosure.policy";
            r.OnlyKeys(policy, path, "source", "agreement_days_before_start", "benefits_days_after_end", "kickoff_month", "kickoff_day");
            policySource = Source(policy, path);
            agreementDays = r.Int(policy, "agreement_days_before_start", path, min: 0, max: 365);
            benefitsDays = r.Int(policy, "benefits_days_after_end", path, min: 0, max: 3650);
            kickoffMonth = r.Int(policy, "kickoff_month", path, min: 1, max: 12);
            kickoffDay = r.Int(policy, "kickoff_day", path, min: 1, max: 28);
        }

        var agreement = Step(r, map, "written_agreement", Source, choices);
        var acknowledgement = Step(r, map, "acknowledgement", Source, choices);
        var (benefitsSource, _) = Section(r, map, "benefits_profile", Source);

        var annual = r.Map(r.Node(map, "annual"), "disclosure.annual");
        string? defaultRule = null;
        var rules = new List<DisclosureRule>();
        if (annual is not null)
        {
            r.OnlyKeys(annual, "disclosure.annual", "default", "rules");
            defaultRule = r.Str(annual, "default", "disclosure.annual", required: false);
            rules = PackSections.Items(r, annual, "rules", (rule, path) => Rule(r, rule, "disclosure.annual." + path, Source, choices, conditions))
                .Select(l => l.Value).ToList();
            foreach (var id in rules.GroupBy(x => x.Id).Where(g => g.Count() > 1).Select(g => g.Key))
            {
                r.Error(annual, "disclosure.annual.rules", $"duplicate rule id '{id}'");
            }

            if (defaultRule is not null && rules.All(x => x.Id != defaultRule))
            {
                r.Error(r.Node(annual, "default"), "disclosure.annual.default", $"unknown rule '{defaultRule}'");
            }
        }

        var review = r.Map(r.Node(map, "joint_review"), "disclosure.joint_review");
        var reviewSource = review is null ? null : Source(review, "disclosure.joint_review");
        var cadence = new Dictionary<string, int>(StringComparer.Ordinal);
        if (review is not null && r.Map(r.Node(review, "cadence_months"), "disclosure.joint_review.cadence_months") is { } months)
        {
            foreach (var key in months.Children.Keys.OfType<YamlScalarNode>())
            {
                if (r.Int(months, key.Value!, "disclosure.joint_review.cadence_months", min: 1, max: 60) is { } m)
                {
                    cadence[key.Value!] = m;
                }
            }
        }

        var reminders = ReadReminders(r, map);
        var complete = agreementDays is not null && policySource is not null && kickoffMonth is not null && kickoffDay is not null
            && agreement is not null && acknowledgement is not null && benefitsDays is not null && benefitsSource is not null
            && reviewSource is not null && reminders is not null;
        return new DisclosureSection(
            complete
                ? new DisclosureRules
                {
                    AgreementDaysBeforeStart = agreementDays!.Value,
                    PolicySourceId = policySource!,
                    KickoffMonth = kickoffMonth!.Value,
                    KickoffDay = kickoffDay!.Value,
                    Agreement = agreement!,
                    DefaultRuleId = defaultRule,
                    Rules = rules,
                    Acknowledgement = acknowledgement!,
                    BenefitsDaysAfterEnd = benefitsDays!.Value,
                    BenefitsSourceId = benefitsSource!,
                    ReviewSourceId = reviewSource!,
                    ReviewCadenceMonths = cadence,
                    Reminders = reminders!,
                }
                : null,
            sources,
            choices)
        {
            Conditions = conditions,
        };
    }

    private static SourcedStep? Step(PackReader r, YamlMappingNode map, string key, Func<YamlMappingNode, string, string?> source,
        List<(string, string, YamlNode, string)> choices)
    {
        var path = $"disclosure.{key}";
        if (r.Map(r.Node(map, key), path) is not { } section)
        {
            return null;
        }

        r.OnlyKeys(section, path, "source", "cite", "overrides");
        var id = source(section, path);
        var overrides = PackSections.Items(r, section, "overrides", (o, p) =>
        {
            var oPath = $"{path}.{p}";
            r.OnlyKeys(o, oPath, "countries", "partner_types", "support_types", "source", "cite");
            var countries = r.Texts(o, "countries", oPath);
            foreach (var (code, node) in countries.Where(c => !Countries.IsCode(c.Value)))
            {
                r.Error(node, $"{oPath}.countries", $"'{code}' is not an ISO 3166-1 alpha-2 country code");
            }

            var supports = r.Texts(o, "support_types", oPath);
            choices.AddRange(supports.Select(x => ("support_type", x.Value, x.Node, $"{oPath}.support_types")));
            var partners = r.Texts(o, "partner_types", oPath);
            choices.AddRange(partners.Select(x => ("partner_type", x.Value, x.Node, $"{oPath}.partner_types")));
            var oSource = source(o, oPath);
            return oSource is null
                ? null
                : new SourceOverride([.. countries.Select(c => c.Value.ToUpperInvariant())], [.. supports.Select(x => x.Value)], oSource, r.Str(o, "cite", oPath, required: false))
                {
                    PartnerTypes = [.. partners.Select(x => x.Value)],
                };
        }, required: false);
        return id is null ? null : new SourcedStep(id, r.Str(section, "cite", path, required: false), [.. overrides.Select(o => o.Value)]);
    }

    private static (string? Source, string? Cite) Section(PackReader r, YamlMappingNode map, string key, Func<YamlMappingNode, string, string?> source)
    {
        var path = $"disclosure.{key}";
        if (r.Map(r.Node(map, key), path) is not { } section)
        {
            return (null, null);
        }

        r.OnlyKeys(section, path, "source", "cite");
        return (source(section, path), r.Str(section, "cite", path, required: false));
    }

    private static DisclosureRule? Rule(PackReader r, YamlMappingNode rule, string path, Func<YamlMappingNode, string, string?> source,
        List<(string, string, YamlNode, string)> choices, List<(Condition, YamlNode, string)> conditions)
    {
        r.OnlyKeys(rule, path, "id", "countries", "partner_types", "support_types", "when", "source", "cite", "checked", "confirmed", "internal_policy", "text", "deadlines");
        var when = r.When(rule, path);
        if (when is not null)
        {
            conditions.Add((when, r.Node(rule, "when")!, path));
        }

        var id = r.Str(rule, "id", path);
        var sourceId = source(rule, path);
        var text = r.Str(rule, "text", path);
        var checkedOn = r.Date(rule, "checked", path);
        if (r.Node(rule, "countries") is null)
        {
            r.Error(rule, $"{path}.countries", "is required (an empty list [] for a rule a company maps itself, for example as its default)");
        }

        var countries = new List<string>();
        foreach (var (code, node) in r.Texts(rule, "countries", path))
        {
            var upper = code.ToUpperInvariant();
            if (!Countries.IsCode(upper))
            {
                r.Error(node, $"{path}.countries", $"'{code}' is not an ISO 3166-1 alpha-2 country code");
            }
            else if (countries.Contains(upper))
            {
                r.Error(node, $"{path}.countries", $"country '{upper}' is listed twice");
            }
            else
            {
                countries.Add(upper);
            }
        }

        var partnerTypes = r.Texts(rule, "partner_types", path);
        choices.AddRange(partnerTypes.Select(p => ("partner_type", p.Value, p.Node, $"{path}.partner_types")));
        var supportTypes = r.Texts(rule, "support_types", path);
        choices.AddRange(supportTypes.Select(p => ("support_type", p.Value, p.Node, $"{path}.support_types")));

        var deadlines = new List<DisclosureDeadline>();
        var items = r.Seq(rule, "deadlines", path, required: false);
        for (var i = 0; i < items.Count; i++)
        {
            var dPath = $"{path}.deadlines[{i}]";
            if (r.Map(items[i], dPath) is not { } d)
            {
                continue;
            }

            r.OnlyKeys(d, dPath, "id", "title", "month", "day", "working_day", "set_dates");
            var dId = r.Str(d, "id", dPath);
            var workingDay = r.Str(d, "working_day", dPath, required: false);
            if (workingDay is not null and not "before")
            {
                r.Error(r.Node(d, "working_day"), $"{dPath}.working_day", $"'{workingDay}' must be 'before' (a weekend date moves to the Friday before)");
            }

            var setDates = new Dictionary<int, DateOnly>();
            if (r.Node(d, "set_dates") is not null && r.Map(r.Node(d, "set_dates"), $"{dPath}.set_dates") is { } set)
            {
                foreach (var key in set.Children.Keys.OfType<YamlScalarNode>())
                {
                    if (!int.TryParse(key.Value, out var supportYear) || supportYear is < 2000 or > 2100)
                    {
                        r.Error(key, $"{dPath}.set_dates", $"'{key.Value}' is not a support year such as 2027");
                    }
                    else if (r.Date(set, key.Value!, $"{dPath}.set_dates") is { } on)
                    {
                        if (on.Year <= supportYear)
                        {
                            r.Error(key, $"{dPath}.set_dates", $"the date for {supportYear} data must fall in a later year");
                        }

                        setDates[supportYear] = on;
                    }
                }
            }

            var title = r.Str(d, "title", dPath);
            var month = r.Int(d, "month", dPath, min: 1, max: 12);
            var day = r.Int(d, "day", dPath, min: 1, max: 31);
            if (month is { } m && day is { } dd && dd > DateTime.DaysInMonth(2001, m))
            {
                r.Error(r.Node(d, "day"), $"{dPath}.day", $"month {m} has no day {dd}");
            }
            else if (dId is not null && title is not null && month is not null && day is not null)
            {
                deadlines.Add(new DisclosureDeadline(dId, title, month.Value, day.Value) { WorkingDayBefore = workingDay == "before", SetDates = setDates });
            }
        }

        var internalPolicy = r.Bool(rule, "internal_policy", path);
        if (internalPolicy && deadlines.Count > 0)
        {
            r.Error(r.Node(rule, "deadlines"), $"{path}.deadlines", "an internal_policy rule has no public deadlines");
        }

        if (r.Node(rule, "confirmed") is null)
        {
            r.Error(rule, $"{path}.confirmed", "is required: true when the rule was confirmed against the code's text, false otherwise");
        }
        else if (!r.Bool(rule, "confirmed", path) && deadlines.Count > 0)
        {
            // A date nobody confirmed against the code's text must not become a dated obligation with reminders:
            // an unconfirmed rule says "check the local code" and goes to compliance instead.
            r.Error(r.Node(rule, "deadlines"), $"{path}.deadlines", "a rule with confirmed: false has no deadlines (confirm the date against the code's text first)");
        }

        return id is null || sourceId is null || text is null || checkedOn is null
            ? null
            : new DisclosureRule
            {
                Id = id,
                Countries = countries,
                PartnerTypes = [.. partnerTypes.Select(p => p.Value)],
                SupportTypes = [.. supportTypes.Select(p => p.Value)],
                When = when,
                SourceId = sourceId,
                Cite = r.Str(rule, "cite", path, required: false),
                Checked = checkedOn.Value,
                Confirmed = r.Bool(rule, "confirmed", path),
                InternalPolicy = internalPolicy,
                Text = text,
                Deadlines = deadlines,
            };
    }

    private static ReminderPolicy? ReadReminders(PackReader r, YamlMappingNode map)
    {
        if (r.Map(r.Node(map, "reminders"), "disclosure.reminders") is not { } reminders)
        {
            return null;
        }

        const string path = "disclosure.reminders";
        r.OnlyKeys(reminders, path, "lead_days", "overdue_every_days", "escalate_after_overdue");
        var lead = new List<int>();
        foreach (var node in r.Seq(reminders, "lead_days", path))
        {
            if (node is YamlScalarNode { Value: { } v } && int.TryParse(v, out var days) && days is >= 0 and <= 365)
            {
                lead.Add(days);
            }
            else
            {
                r.Error(node, $"{path}.lead_days", $"'{(node as YamlScalarNode)?.Value}' is not a number of days from 0 to 365");
            }
        }

        var every = r.Int(reminders, "overdue_every_days", path, min: 1, max: 365);
        var escalate = r.Int(reminders, "escalate_after_overdue", path, min: 1, max: 100);
        return every is null || escalate is null ? null : new ReminderPolicy([.. lead.OrderDescending()], every.Value, escalate.Value);
    }
}
