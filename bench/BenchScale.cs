namespace PartnershipBot.Benchmarks;

/// <summary>How much each scenario does: Full for figures, Quick for the smoke test (a few operations each).</summary>
internal sealed record BenchScale(bool IsQuick, int Factor)
{
    public static BenchScale Full { get; } = new(false, 1);

    public static BenchScale Quick { get; } = new(true, 0);

    /// <summary>A count of <paramref name="full"/> operations, or <paramref name="quick"/> in the smoke test.</summary>
    public int Count(int full, int quick = 8) => IsQuick ? quick : full;

    public TimeSpan Limit(int fullSeconds) => TimeSpan.FromSeconds(IsQuick ? 30 : fullSeconds);
}
