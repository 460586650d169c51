using YamlDotNet.RepresentationModel;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>The parsed disclosure section plus the source ids it cites (checked with the other references).</summary>
internal sealed record DisclosureSection(DisclosureRules? Rules, IReadOnlyList<(string Id, YamlNode Node, string Path)> SourceRefs);

internal static class DisclosureSectionReader
{
    public static DisclosureSection Read(PackReader r, YamlMappingNode root)
    {
        var sources = new List<(string, YamlNode, string)>();
        var map = r.Map(r.Node(root, "disclosure"), "disclosure");
        if (map is null)
        {
            return new DisclosureSection(null, sources);
        }

        r.OnlyKeys(map, "disclosure", "written_agreement", "annual_disclosure", "acknowledgement", "benefits_profile", "joint_review", "reminders");
        string? Source(YamlMappingNode section, string path)
        {
            var id = r.Str(section, "source", path);
            if (id is not null)
            {
                sources.Add((id, r.Node(section, "source")!, $"{path}.source"));
            }

            return id;
        }

        var agreement = r.Map(r.Node(map, "written_agreement"), "disclosure.written_agreement");
        var agreementDays = agreement is null ? null : r.Int(agreement, "days_before_start", "disclosure.written_agreement", min: 0, max: 365);
        var agreementSource = agreement is null ? null : Source(agreement, "disclosure.written_agreement");

        var annual = r.Map(r.Node(map, "annual_disclosure"), "disclosure.annual_disclosure");
        string? defaultRule = null;
        var rules = new List<AnnualDisclosureRule>();
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        if (annual is not null)
        {
            r.OnlyKeys(annual, "disclosure.annual_disclosure", "default", "rules", "countries");
            defaultRule = r.Str(annual, "default", "disclosure.annual_disclosure");
            rules = PackSections.Items(r, annual, "rules", (rule, path) => AnnualRule(r, rule, "disclosure.annual_disclosure." + path, Source))
                .Select(l => l.Value).ToList();
            foreach (var (id, node, path) in Duplicates(rules.Select(x => x.Id), annual))
            {
                r.Error(node, path, $"duplicate rule id '{id}'");
            }

            if (defaultRule is not null && rules.All(x => x.Id != defaultRule))
            {
                r.Error(r.Node(annual, "default"), "disclosure.annual_disclosure.default", $"unknown rule '{defaultRule}'");
            }

            ReadCountries(r, annual, rules, countries);
        }

        var acknowledgement = r.Map(r.Node(map, "acknowledgement"), "disclosure.acknowledgement");
        var ackSource = acknowledgement is null ? null : Source(acknowledgement, "disclosure.acknowledgement");

        var benefits = r.Map(r.Node(map, "benefits_profile"), "disclosure.benefits_profile");
        var benefitsDays = benefits is null ? null : r.Int(benefits, "days_after_end", "disclosure.benefits_profile", min: 0, max: 3650);
        var benefitsSource = benefits is null ? null : Source(benefits, "disclosure.benefits_profile");

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
        var complete = agreementDays is not null && agreementSource is not null && defaultRule is not null && ackSource is not null
            && benefitsDays is not null && benefitsSource is not null && reviewSource is not null && reminders is not null;
        return new DisclosureSection(
            complete
                ? new DisclosureRules
                {
                    AgreementDaysBeforeStart = agreementDays!.Value,
                    AgreementSourceId = agreementSource!,
                    DefaultAnnualRuleId = defaultRule!,
                    AnnualRules = rules,
                    CountryRules = countries,
                    AcknowledgementSourceId = ackSource!,
                    BenefitsDaysAfterEnd = benefitsDays!.Value,
                    BenefitsSourceId = benefitsSource!,
                    ReviewSourceId = reviewSource!,
                    ReviewCadenceMonths = cadence,
                    Reminders = reminders!,
                }
                : null,
            sources);
    }

    private static AnnualDisclosureRule? AnnualRule(PackReader r, YamlMappingNode rule, string path, Func<YamlMappingNode, string, string?> source)
    {
        r.OnlyKeys(rule, path, "id", "kind", "due_month", "due_day", "source", "text");
        var id = r.Str(rule, "id", path);
        var kind = r.Str(rule, "kind", path);
        var text = r.Str(rule, "text", path);
        var sourceId = source(rule, path);
        if (kind == "public")
        {
            var month = r.Int(rule, "due_month", path, min: 1, max: 12);
            var day = r.Int(rule, "due_day", path, min: 1, max: 31);
            if (month is { } m && day is { } d && d > DateTime.DaysInMonth(2001, m))
            {
                r.Error(r.Node(rule, "due_day"), $"{path}.due_day", $"month {m} has no day {d}");
            }

            return id is null || month is null || day is null || sourceId is null || text is null
                ? null
                : new AnnualDisclosureRule(id, AnnualRuleKind.Public, month, day, sourceId, text);
        }

        if (kind is not null and not "internal_policy")
        {
            r.Error(r.Node(rule, "kind"), $"{path}.kind", $"'{kind}' must be public or internal_policy");
        }

        return id is null || kind is null || sourceId is null || text is null
            ? null
            : new AnnualDisclosureRule(id, AnnualRuleKind.InternalPolicy, null, null, sourceId, text);
    }

    private static void ReadCountries(PackReader r, YamlMappingNode annual, List<AnnualDisclosureRule> rules, Dictionary<string, string> countries)
    {
        var items = r.Seq(annual, "countries", "disclosure.annual_disclosure", required: false);
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"disclosure.annual_disclosure.countries[{i}]";
            if (r.Map(items[i], path) is not { } entry)
            {
                continue;
            }

            r.OnlyKeys(entry, path, "countries", "rule");
            var rule = r.Str(entry, "rule", path);
            if (rule is not null && rules.All(x => x.Id != rule))
            {
                r.Error(r.Node(entry, "rule"), $"{path}.rule", $"unknown rule '{rule}'");
            }

            foreach (var code in r.Seq(entry, "countries", path).OfType<YamlScalarNode>())
            {
                var value = (code.Value ?? "").Trim().ToUpperInvariant();
                if (value.Length != 2 || !value.All(char.IsLetter))
                {
                    r.Error(code, $"{path}.countries", $"'{code.Value}' is not a two-letter country code");
                }
                else if (!countries.TryAdd(value, rule ?? ""))
                {
                    r.Error(code, $"{path}.countries", $"country '{value}' has more than one rule");
                }
            }
        }
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

    private static IEnumerable<(string Id, YamlNode Node, string Path)> Duplicates(IEnumerable<string> ids, YamlMappingNode at) =>
        ids.GroupBy(x => x).Where(g => g.Count() > 1).Select(g => (g.Key, (YamlNode)at, "disclosure.annual_disclosure.rules"));
}
