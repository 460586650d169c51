using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;

namespace PartnershipBot.Approvals;

/// <summary>The approvals tables, as <c>db.ApprovalRounds</c> and <c>db.ApprovalOutbox</c>.</summary>
public static class ApprovalTables
{
    extension(BotDbContext db)
    {
        public DbSet<ApprovalRoundRow> ApprovalRounds => db.Set<ApprovalRoundRow>();
        public DbSet<ApprovalMessageRow> ApprovalOutbox => db.Set<ApprovalMessageRow>();
    }
}
