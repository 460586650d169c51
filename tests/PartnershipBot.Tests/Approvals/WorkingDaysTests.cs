using PartnershipBot.Approvals;

namespace PartnershipBot.Tests.Approvals;

/// <summary>How long a review has waited (the dashboard's queue) counts the days Add counts (the reminders' times).</summary>
public sealed class WorkingDaysTests
{
    private static readonly DateTimeOffset Friday = new(2026, 12, 11, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(7, 5)]
    public void Between_CountsMondayToFriday(int calendarDays, int expected) =>
        Assert.Equal(expected, WorkingDays.Between(Friday, Friday.AddDays(calendarDays)));

    [Fact]
    public void Between_CountsWholeDaysOnly() => Assert.Equal(0, WorkingDays.Between(Friday, Friday.AddDays(3).AddMinutes(-1)));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(20)]
    public void Between_IsTheInverseOfAdd(int days) => Assert.Equal(days, WorkingDays.Between(Friday, WorkingDays.Add(Friday, days)));

    [Fact]
    public void Between_AClockBeforeTheRequest_IsZero() => Assert.Equal(0, WorkingDays.Between(Friday, Friday.AddDays(-3)));
}
