using System.Globalization;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// The key of a country's disclosure obligation, the one place that writes and reads its shape:
/// <c>disclosure:COUNTRY:RULE</c> for an undated rule (or <c>unconfigured</c> when the country has none), and
/// <c>disclosure:COUNTRY:RULE:DEADLINE:YEAR</c> for a dated one. Stored in obligations.Key, so the shape must not
/// change without a data repair.
/// </summary>
public readonly record struct DisclosureKey(string Country, string RuleId, string? DeadlineId = null, int? Year = null)
{
    public const string Prefix = "disclosure:";

    /// <summary>The rule id of a country without a configured rule.</summary>
    public const string Unconfigured = "unconfigured";

    public override string ToString() => DeadlineId is { } deadline && Year is { } year
        ? string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Country}:{RuleId}:{deadline}:{year}")
        : $"{Prefix}{Country}:{RuleId}";

    public static bool TryParse(string? key, out DisclosureKey parsed)
    {
        parsed = default;
        if (key is null || !key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = key[Prefix.Length..].Split(':');
        switch (parts.Length)
        {
            case 2:
                parsed = new DisclosureKey(parts[0], parts[1]);
                return true;
            case 4 when int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var year):
                parsed = new DisclosureKey(parts[0], parts[1], parts[2], year);
                return true;
            default:
                return false;
        }
    }
}
