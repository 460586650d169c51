using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PartnershipBot.Approvals;

internal sealed class ApprovalRoundRowConfiguration : IEntityTypeConfiguration<ApprovalRoundRow>
{
    public void Configure(EntityTypeBuilder<ApprovalRoundRow> e)
    {
        e.ToTable("approval_rounds");
        e.HasKey(x => x.Id);
        e.Property(x => x.Status).HasMaxLength(20);
        e.Property(x => x.RequestedBy).HasMaxLength(200);
        e.Property(x => x.RequestedById).HasMaxLength(250);
        e.Property(x => x.DecidedById).HasMaxLength(250);
        e.Property(x => x.DecidedByEntraId).HasMaxLength(64);
        e.Property(x => x.DecidedByName).HasMaxLength(200);
        e.Property(x => x.DecidedByRole).HasMaxLength(200);
        e.Property(x => x.Comment).HasMaxLength(2000);
        e.HasIndex(x => new { x.CollaborationId, x.Round }).IsUnique();
        e.HasIndex(x => new { x.Status, x.RequestedAt });
    }
}

internal sealed class ApprovalMessageRowConfiguration : IEntityTypeConfiguration<ApprovalMessageRow>
{
    public void Configure(EntityTypeBuilder<ApprovalMessageRow> e)
    {
        e.ToTable("approval_outbox");
        e.HasKey(x => x.Id);
        e.Property(x => x.Key).HasMaxLength(300);
        e.Property(x => x.Kind).HasMaxLength(30);
        e.Property(x => x.Channel).HasMaxLength(32);
        e.Property(x => x.ConversationId).HasMaxLength(300);
        e.Property(x => x.ServiceUrl).HasMaxLength(300);
        e.Property(x => x.TenantId).HasMaxLength(64);
        e.Property(x => x.RecipientId).HasMaxLength(250);
        e.Property(x => x.RecipientName).HasMaxLength(200);
        e.Property(x => x.PostedId).HasMaxLength(300);
        e.Property(x => x.PostedConversationId).HasMaxLength(300);
        e.Property(x => x.Status).HasMaxLength(20);
        e.Property(x => x.LastError).HasMaxLength(300);
        e.HasIndex(x => x.Key).IsUnique();
        e.HasIndex(x => new { x.Status, x.NextAttemptAt });
        e.HasIndex(x => x.RoundId);
    }
}
