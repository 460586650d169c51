using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Reminders;

public enum ReminderKind
{
    /// <summary>Before the due date, at each lead time of the pack (for example 30, 7 and 1 days).</summary>
    Lead,

    /// <summary>After the due date, repeated on the pack's cadence until the obligation is done.</summary>
    Overdue,

    /// <summary>Sent to the compliance contact once the pack's number of overdue reminders has gone out.</summary>
    Escalation,
}

/// <summary>
/// One reminder to send. <see cref="Key"/> is unique per obligation and occurrence, so a delivery record keyed by
/// it makes every occurrence go out once, however often the plan is recomputed.
/// </summary>
public sealed record ReminderOccurrence(string Key, ReminderKind Kind, DateTimeOffset SendAt, int Sequence);

/// <summary>
/// When the reminders of an obligation go out, from the pack's reminder policy only: at a sensible local hour on
/// a weekday in the owner's time zone. Pure: no clock, no I/O; callers pick what is due.
/// </summary>
public static class ReminderPlanner
{
    public static readonly TimeOnly DefaultLocalTime = new(9, 0);

    /// <param name="until">Overdue reminders are planned up to this date (they repeat until the obligation is done).</param>
    public static IReadOnlyList<ReminderOccurrence> Plan(Obligation obligation, ReminderPolicy policy, string? timeZone, DateOnly until, TimeOnly? localTime = null)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        ArgumentNullException.ThrowIfNull(policy);
        if (obligation.Due is not { } due)
        {
            return [];
        }

        var zone = Zone(timeZone);
        var at = localTime ?? DefaultLocalTime;
        var plan = new List<ReminderOccurrence>();
        foreach (var days in policy.LeadDays.Distinct().OrderDescending())
        {
            // A lead reminder that falls on a weekend moves earlier, so it still arrives before the deadline.
            var day = WeekdayOnOrBefore(due.AddDays(-days));
            plan.Add(new ReminderOccurrence($"{obligation.Key}:lead:{days}", ReminderKind.Lead, LocalToUtc(day, at, zone), plan.Count));
        }

        for (var n = 1; ; n++)
        {
            // Overdue reminders that fall on a weekend move later, to the Monday.
            var day = WeekdayOnOrAfter(due.AddDays(n * policy.OverdueEveryDays));
            if (day > until)
            {
                break;
            }

            plan.Add(new ReminderOccurrence($"{obligation.Key}:overdue:{n}", ReminderKind.Overdue, LocalToUtc(day, at, zone), plan.Count));
            if (n == policy.EscalateAfterOverdue)
            {
                plan.Add(new ReminderOccurrence($"{obligation.Key}:escalation", ReminderKind.Escalation, LocalToUtc(day, at, zone), plan.Count));
            }
        }

        // Lead reminders can collide after the weekend shift (a Sunday and a Saturday both land on Friday).
        return [.. plan.GroupBy(o => (o.Kind, o.SendAt)).Select(g => g.First())];
    }

    public static TimeZoneInfo Zone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    private static DateTimeOffset LocalToUtc(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    private static DateOnly WeekdayOnOrBefore(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(-1),
        DayOfWeek.Sunday => day.AddDays(-2),
        _ => day,
    };

    private static DateOnly WeekdayOnOrAfter(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };
}
