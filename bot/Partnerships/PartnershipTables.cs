using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;

namespace PartnershipBot.Partnerships;

/// <summary>The partnership tables, as <c>db.Collaborations</c> and so on.</summary>
public static class PartnershipTables
{
    extension(BotDbContext db)
    {
        public DbSet<CollaborationRow> Collaborations => db.Set<CollaborationRow>();
        public DbSet<AnswerRow> Answers => db.Set<AnswerRow>();
        public DbSet<ChecklistItemRow> ChecklistItems => db.Set<ChecklistItemRow>();
        public DbSet<AuditEventRow> AuditEvents => db.Set<AuditEventRow>();
        public DbSet<QuizScoreRow> QuizScores => db.Set<QuizScoreRow>();
        public DbSet<CollaborationNoteRow> CollaborationNotes => db.Set<CollaborationNoteRow>();
    }
}
