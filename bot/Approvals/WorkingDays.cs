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
}
