using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dialogs.Tests.Guidance;

/// <summary>The obligation key the calendar writes and the dashboard reads: one shape, both ways.</summary>
public sealed class DisclosureKeyTests
{
    [Theory]
    [InlineData("disclosure:GB:abpi-po:publish:2027", "GB", "abpi-po", "publish", 2027)]
    [InlineData("disclosure:FR:unconfigured", "FR", "unconfigured", null, null)]
    [InlineData("disclosure:DE:de-code", "DE", "de-code", null, null)]
    public void TryParse_WhatTheCalendarWrites_ReadsItsPartsAndWritesItBack(string key, string country, string rule, string? deadline, int? year)
    {
        Assert.True(DisclosureKey.TryParse(key, out var parsed));

        Assert.Equal(new DisclosureKey(country, rule, deadline, year), parsed);
        Assert.Equal(key, parsed.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("written_agreement")]
    [InlineData("annual_disclosure:2027")]
    [InlineData("disclosure:GB")]
    [InlineData("disclosure:GB:rule:deadline")]
    [InlineData("disclosure:GB:rule:deadline:next-year")]
    public void TryParse_AnyOtherKey_IsNotADisclosureKey(string? key) => Assert.False(DisclosureKey.TryParse(key, out _));

    [Fact]
    public void Calendar_EveryDisclosureObligationKey_ParsesBack()
    {
        var keys = ScenarioKeys().ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.True(DisclosureKey.TryParse(k, out var parsed) && parsed.ToString() == k, k));
    }

    // A UK patient organisation paid in two years, and a French one (no rule configured): dated and undated keys.
    private static IEnumerable<string> ScenarioKeys()
    {
        var calendar = new DisclosureCalendar(GuidancePack.LoadDefault().Disclosure);
        Answers Plan(string country) => Answers.Empty
            .With("start_date", "2027-02-01").With("end_date", "2028-06-30").With("countries", new[] { country })
            .With("partner_country", country).With("partner_type", "patient_org").With("support_type", "grant")
            .With("review_cadence", "yearly").With("payment_timing", "schedule").With("payment_dates", new[] { "2027-01-15", "2028-01-15" });
        return new[] { "GB", "FR", "NO" }.SelectMany(c => calendar.Obligations(Plan(c)))
            .Select(o => o.Key).Where(k => k.StartsWith(DisclosureKey.Prefix, StringComparison.Ordinal));
    }
}
