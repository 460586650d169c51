using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;

namespace PartnershipBot.Safety;

/// <summary>The safety reports table, as <c>db.SafetyReports</c>.</summary>
public static class SafetyTables
{
    extension(BotDbContext db)
    {
        public DbSet<SafetyReportRow> SafetyReports => db.Set<SafetyReportRow>();
    }
}
