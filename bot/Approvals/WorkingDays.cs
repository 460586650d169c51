namespace PartnershipBot.Approvals;

/// <summary>Monday to Friday, counted in UTC: company policy speaks of working days, public holidays are not known here.</summary>
public static class WorkingDays
{
    public static DateTimeOffset Add(DateTimeOffset from, int days)
    {
        var at = from;
        var left = days;
        while (left > 0)
        {
            at = at.AddDays(1);
            if (at.UtcDateTime.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                left--;
            }
        }

        return at;
    }

    /// <summary>Whole working days from <paramref name="from"/> to <paramref name="to"/>: the inverse of <see cref="Add"/> (how long a review has waited).</summary>
    public static int Between(DateTimeOffset from, DateTimeOffset to)
    {
        var whole = (int)Math.Min(Math.Max((to - from).TotalDays, 0), 36_600);
        var days = 0;
        for (var k = 1; k <= whole; k++)
        {
            if (from.AddDays(k).UtcDateTime.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days++;
            }
        }

        return days;
    }
}
