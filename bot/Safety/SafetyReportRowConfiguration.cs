using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PartnershipBot.Safety;

internal sealed class SafetyReportRowConfiguration : IEntityTypeConfiguration<SafetyReportRow>
{
    public void Configure(EntityTypeBuilder<SafetyReportRow> e)
    {
        e.ToTable("safety_reports");
        e.HasKey(x => x.Id);
        e.Property(x => x.Reference).HasMaxLength(40);
        e.Property(x => x.Kinds).HasMaxLength(200);
        e.Property(x => x.Matched).HasMaxLength(2000);
        e.Property(x => x.NoteOf).HasMaxLength(40);
        e.Property(x => x.UserChannel).HasMaxLength(32);
        e.Property(x => x.UserId).HasMaxLength(200);
        e.Property(x => x.UserName).HasMaxLength(200);
        e.Property(x => x.TimeZone).HasMaxLength(100);
        e.Property(x => x.LocalTime).HasMaxLength(100);
        e.Property(x => x.ConversationId).HasMaxLength(300);
        e.Property(x => x.TurnId).HasMaxLength(300);
        e.Property(x => x.QuestionId).HasMaxLength(100);
        e.Property(x => x.Status).HasMaxLength(20);
        e.Property(x => x.LastError).HasMaxLength(300);
        e.Property(x => x.DeliveredTo).HasMaxLength(300);
        e.Property(x => x.AcknowledgedBy).HasMaxLength(200);
        e.Property(x => x.AcknowledgedById).HasMaxLength(300);
        e.HasIndex(x => x.Reference).IsUnique();
        e.HasIndex(x => new { x.Status, x.NextAttemptAt });
        e.HasIndex(x => x.ReceivedAt);

        // A user's own reports, newest first (safety note).
        e.HasIndex(x => new { x.UserChannel, x.UserId, x.ReceivedAt });
    }
}
