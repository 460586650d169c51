using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;

namespace PartnershipBot.Reminders;

/// <summary>The obligation and reminder tables, as <c>db.Obligations</c> and so on.</summary>
public static class ReminderTables
{
    extension(BotDbContext db)
    {
        public DbSet<ObligationRow> Obligations => db.Set<ObligationRow>();
        public DbSet<ObligationEventRow> ObligationEvents => db.Set<ObligationEventRow>();
        public DbSet<ReminderRow> Reminders => db.Set<ReminderRow>();
        public DbSet<ReminderDeliveryRow> ReminderDeliveries => db.Set<ReminderDeliveryRow>();
    }
}
