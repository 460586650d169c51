using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PartnershipBot.Reminders;

internal sealed class ObligationRowConfiguration : IEntityTypeConfiguration<ObligationRow>
{
    public void Configure(EntityTypeBuilder<ObligationRow> e)
    {
        e.ToTable("obligations");
        e.HasKey(x => x.Id);
        e.Property(x => x.Key).HasMaxLength(100);
        e.Property(x => x.Kind).HasMaxLength(50);
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.SourceId).HasMaxLength(100);
        e.Property(x => x.Note).HasMaxLength(1000);
        e.Property(x => x.Status).HasMaxLength(20);
        e.Property(x => x.DoneBy).HasMaxLength(200);
        e.Property(x => x.OwnerChannel).HasMaxLength(32);
        e.Property(x => x.OwnerUserId).HasMaxLength(200);
        e.Property(x => x.OwnerName).HasMaxLength(200);
        e.Property(x => x.TimeZone).HasMaxLength(100);
        e.HasIndex(x => new { x.CollaborationId, x.Key }).IsUnique();
        e.HasIndex(x => new { x.OwnerChannel, x.OwnerUserId });
    }
}

internal sealed class ObligationEventRowConfiguration : IEntityTypeConfiguration<ObligationEventRow>
{
    public void Configure(EntityTypeBuilder<ObligationEventRow> e)
    {
        e.ToTable("obligation_events");
        e.HasKey(x => x.Id);
        e.Property(x => x.Action).HasMaxLength(50);
        e.Property(x => x.Detail).HasMaxLength(500);
        e.Property(x => x.Actor).HasMaxLength(200);
        e.HasIndex(x => new { x.ObligationId, x.At });
    }
}

internal sealed class ReminderRowConfiguration : IEntityTypeConfiguration<ReminderRow>
{
    public void Configure(EntityTypeBuilder<ReminderRow> e)
    {
        e.ToTable("reminders");
        e.HasKey(x => x.Id);
        e.Property(x => x.Key).HasMaxLength(300);
        e.Property(x => x.Kind).HasMaxLength(20);
        e.Property(x => x.Status).HasMaxLength(20);
        e.Property(x => x.LastError).HasMaxLength(200);
        e.HasIndex(x => x.Key).IsUnique();
        e.HasIndex(x => new { x.Status, x.SendAt });
        e.HasIndex(x => x.ObligationId);
    }
}

internal sealed class ReminderDeliveryRowConfiguration : IEntityTypeConfiguration<ReminderDeliveryRow>
{
    public void Configure(EntityTypeBuilder<ReminderDeliveryRow> e)
    {
        e.ToTable("reminder_deliveries");
        e.HasKey(x => x.Key);
        e.Property(x => x.Key).HasMaxLength(300);
        e.Property(x => x.Outcome).HasMaxLength(20);
    }
}
