using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PartnershipBot.Partnerships;

internal sealed class CollaborationRowConfiguration : IEntityTypeConfiguration<CollaborationRow>
{
    public void Configure(EntityTypeBuilder<CollaborationRow> e)
    {
        e.ToTable("collaborations");
        e.HasKey(x => x.Id);
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.Status).HasMaxLength(20);
        e.Property(x => x.CreatedByChannel).HasMaxLength(32);
        e.Property(x => x.CreatedByUserId).HasMaxLength(200);
        e.Property(x => x.CreatedByName).HasMaxLength(200);
        e.Property(x => x.ConversationKey).HasMaxLength(400);
        e.HasIndex(x => new { x.CreatedByChannel, x.CreatedByUserId });
    }
}

internal sealed class AnswerRowConfiguration : IEntityTypeConfiguration<AnswerRow>
{
    public void Configure(EntityTypeBuilder<AnswerRow> e)
    {
        e.ToTable("collaboration_answers");
        e.HasKey(x => new { x.CollaborationId, x.QuestionId });
        e.Property(x => x.QuestionId).HasMaxLength(100);
        e.Property(x => x.AnsweredBy).HasMaxLength(200);
    }
}

internal sealed class ChecklistItemRowConfiguration : IEntityTypeConfiguration<ChecklistItemRow>
{
    public void Configure(EntityTypeBuilder<ChecklistItemRow> e)
    {
        e.ToTable("checklist_items");
        e.HasKey(x => new { x.CollaborationId, x.ItemId });
        e.Property(x => x.ItemId).HasMaxLength(100);
        e.Property(x => x.Source).HasMaxLength(300);
        e.Property(x => x.Owner).HasMaxLength(200);
        e.Property(x => x.DoneBy).HasMaxLength(200);
    }
}

internal sealed class AuditEventRowConfiguration : IEntityTypeConfiguration<AuditEventRow>
{
    public void Configure(EntityTypeBuilder<AuditEventRow> e)
    {
        e.ToTable("audit_events");
        e.HasKey(x => x.Id);
        e.Property(x => x.Actor).HasMaxLength(200);
        e.Property(x => x.Action).HasMaxLength(50);
        e.Property(x => x.Detail).HasMaxLength(1000);
        e.HasIndex(x => new { x.CollaborationId, x.At });
    }
}

internal sealed class QuizScoreRowConfiguration : IEntityTypeConfiguration<QuizScoreRow>
{
    public void Configure(EntityTypeBuilder<QuizScoreRow> e)
    {
        e.ToTable("quiz_scores");
        e.HasKey(x => new { x.Channel, x.UserId });
        e.Property(x => x.Channel).HasMaxLength(32);
        e.Property(x => x.UserId).HasMaxLength(200);
    }
}
