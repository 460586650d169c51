using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Reminders;

namespace PartnershipBot.Tests.Reminders;

public sealed class ReminderPlannerTests
{
    private static readonly ReminderPolicy Policy = new([30, 7, 1], OverdueEveryDays: 7, EscalateAfterOverdue: 3);

    private static Obligation Due(string date) =>
        new("annual_disclosure", "c1:annual_disclosure:2027", "Public disclosure of 2027 support", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), "abpi-2024");

    [Fact]
    public void Plan_LeadTimes_AtNineLocalOnWeekdays()
    {
        // Wednesday 30 June 2027, owner in London (BST, UTC+1).
        var plan = ReminderPlanner.Plan(Due("2027-06-30"), Policy, "Europe/London", until: new DateOnly(2027, 6, 30));

        Assert.Equal(
            [new DateTimeOffset(2027, 5, 31, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 6, 23, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 6, 29, 8, 0, 0, TimeSpan.Zero)],
            plan.Select(o => o.SendAt));
        Assert.All(plan, o => Assert.Equal(ReminderKind.Lead, o.Kind));
        Assert.Equal(["c1:annual_disclosure:2027:lead:30", "c1:annual_disclosure:2027:lead:7", "c1:annual_disclosure:2027:lead:1"], plan.Select(o => o.Key));
    }

    [Fact]
    public void Plan_LeadDayOnAWeekend_MovesToTheFridayBefore()
    {
        // Due Monday 5 July 2027: one day before is Sunday 4 July -> Friday 2 July. New York is UTC-4 in July.
        var plan = ReminderPlanner.Plan(Due("2027-07-05"), Policy, "America/New_York", until: new DateOnly(2027, 7, 5));

        Assert.Equal(new DateTimeOffset(2027, 7, 2, 13, 0, 0, TimeSpan.Zero), plan.Single(o => o.Key.EndsWith(":lead:1", StringComparison.Ordinal)).SendAt);
    }

    [Fact]
    public void Plan_Overdue_WeeklyOnWeekdaysThenEscalatesOnce()
    {
        // Due Friday 31 December 2027 (year boundary); unknown time zone falls back to UTC.
        var plan = ReminderPlanner.Plan(Due("2027-12-31"), Policy, "Not/AZone", until: new DateOnly(2028, 2, 1));

        var overdue = plan.Where(o => o.Kind == ReminderKind.Overdue).Select(o => DateOnly.FromDateTime(o.SendAt.UtcDateTime)).ToList();
        Assert.Equal([new DateOnly(2028, 1, 7), new DateOnly(2028, 1, 14), new DateOnly(2028, 1, 21), new DateOnly(2028, 1, 28)], overdue);
        var escalation = Assert.Single(plan, o => o.Kind == ReminderKind.Escalation);
        Assert.Equal(new DateTimeOffset(2028, 1, 21, 9, 0, 0, TimeSpan.Zero), escalation.SendAt);
        Assert.Equal(plan.Count, plan.Select(o => o.Key).Distinct().Count());
    }

    [Fact]
    public void Plan_LeapDayDueDate_CountsBackAcrossFebruary()
    {
        var plan = ReminderPlanner.Plan(Due("2028-02-29"), Policy, null, until: new DateOnly(2028, 2, 29));

        Assert.Equal(new DateOnly(2028, 1, 28), DateOnly.FromDateTime(plan[0].SendAt.UtcDateTime)); // 30 Jan is a Sunday
        Assert.Equal(new DateOnly(2028, 2, 28), DateOnly.FromDateTime(plan[^1].SendAt.UtcDateTime));
    }

    [Fact]
    public void Plan_NoDueDate_NoReminders()
    {
        var internalPolicy = new Obligation("annual_disclosure", "c1:annual_disclosure:2027", "Check internal policy", null, "phrma-principles");

        Assert.Empty(ReminderPlanner.Plan(internalPolicy, Policy, "Europe/London", until: new DateOnly(2030, 1, 1)));
    }
}
