using System.Collections.Immutable;
using System.Globalization;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// The answers of one collaboration, by question id. Every value is kept in a canonical text form (choice
/// values, "yes"/"no", invariant numbers, ISO dates) so conditions, JSON and the database all see the same thing;
/// multi-choice answers keep one entry per selection.
/// </summary>
public sealed record Answers
{
    public static Answers Empty { get; } = new();

    // Ordinal also after JSON: the deserializer builds the dictionary with the default (culture-aware) comparer,
    // which made every lookup a culture comparison (a sixth of a turn's time in the bench profile).
    public ImmutableSortedDictionary<string, ImmutableArray<string>> Values
    {
        get;
        init => field = (value ?? ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty).WithComparers(StringComparer.Ordinal);
    } = ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty.WithComparers(StringComparer.Ordinal);

    public bool Has(string questionId) => Values.TryGetValue(questionId, out var v) && v.Length > 0 && v.Any(s => s.Length > 0);

    public ImmutableArray<string> All(string questionId) => Values.TryGetValue(questionId, out var v) ? v : [];

    public string? Get(string questionId) => Values.TryGetValue(questionId, out var v) && v.Length > 0 ? v[0] : null;

    public DateOnly? GetDate(string questionId) => ReadDate(Get(questionId));

    /// <summary>A canonical yyyy-MM-dd date read directly (the culture-aware exact parse was a hot spot), anything else as before.</summary>
    private static DateOnly? ReadDate(string? text)
    {
        if (text is { Length: 10 } && text[4] == '-' && text[7] == '-'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    public decimal? GetNumber(string questionId) =>
        decimal.TryParse(Get(questionId), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;

    public Answers With(string questionId, IEnumerable<string> values) =>
        this with { Values = Values.SetItem(questionId, [.. values]) };

    public Answers With(string questionId, string value) => With(questionId, [value]);

    public Answers Without(string questionId) => this with { Values = Values.Remove(questionId) };

    /// <summary>Canonical text of a prompt result (what the engine's prompts return).</summary>
    public static IEnumerable<string> Canonical(object? result) => result switch
    {
        null => [],
        string s => [s.Trim()],
        bool b => [b ? "yes" : "no"],
        decimal n => [n.ToString(CultureInfo.InvariantCulture)],
        DateOnly d => [d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
        Engine.FoundChoice c => [c.Value],
        IEnumerable<Engine.FoundChoice> many => many.Select(c => c.Value),
        _ => throw new ArgumentException($"Unsupported answer type {result.GetType().Name}.", nameof(result)),
    };
}
