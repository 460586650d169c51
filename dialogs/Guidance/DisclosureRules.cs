namespace PartnershipBot.Dialogs.Guidance;

/// <summary>The pack's disclosure rules: when each transparency obligation falls due, and how reminders run.</summary>
public sealed record DisclosureRules
{
    public required int AgreementDaysBeforeStart { get; init; }
    public required string AgreementSourceId { get; init; }
    public required string DefaultAnnualRuleId { get; init; }
    public required IReadOnlyList<AnnualDisclosureRule> AnnualRules { get; init; }

    /// <summary>Country code (upper case) to annual rule id.</summary>
    public required IReadOnlyDictionary<string, string> CountryRules { get; init; }

    public required string AcknowledgementSourceId { get; init; }
    public required int BenefitsDaysAfterEnd { get; init; }
    public required string BenefitsSourceId { get; init; }
    public required string ReviewSourceId { get; init; }

    /// <summary>Review cadence choice value to months between joint reviews.</summary>
    public required IReadOnlyDictionary<string, int> ReviewCadenceMonths { get; init; }

    public required ReminderPolicy Reminders { get; init; }

    public AnnualDisclosureRule AnnualRule(string id) => AnnualRules.First(r => r.Id == id);

    /// <summary>The annual rule for a set of countries: the first country with its own rule, else the default.</summary>
    public AnnualDisclosureRule AnnualRuleFor(IEnumerable<string> countryCodes)
    {
        foreach (var code in countryCodes)
        {
            if (CountryRules.TryGetValue(code.ToUpperInvariant(), out var id))
            {
                return AnnualRule(id);
            }
        }

        return AnnualRule(DefaultAnnualRuleId);
    }
}

public enum AnnualRuleKind
{
    /// <summary>A public disclosure due on a fixed day of the year after the support.</summary>
    Public,

    /// <summary>No public rule applies: the owner checks internal policy instead.</summary>
    InternalPolicy,
}

public sealed record AnnualDisclosureRule(string Id, AnnualRuleKind Kind, int? DueMonth, int? DueDay, string SourceId, string Text);

public sealed record ReminderPolicy(IReadOnlyList<int> LeadDays, int OverdueEveryDays, int EscalateAfterOverdue);
