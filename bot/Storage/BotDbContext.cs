using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PartnershipBot.Storage.Reminders;
using PartnershipBot.Storage.Partnerships;

namespace PartnershipBot.Storage;

/// <summary>
/// The bot's database. Later features add their own tables here; <see cref="DatabaseInitializer"/> creates any
/// table or index the model has and the database lacks, so an existing data file keeps working.
/// </summary>
public sealed class BotDbContext(DbContextOptions<BotDbContext> options) : DbContext(options)
{
    /// <summary>Bump when the model gains tables or indexes; stored in schema_info.</summary>
    public const int SchemaVersion = 5;

    public DbSet<ConversationStateRow> ConversationStates => Set<ConversationStateRow>();
    public DbSet<UserRow> Users => Set<UserRow>();
    public DbSet<ConversationAddress> ConversationAddresses => Set<ConversationAddress>();
    public DbSet<InboundKeyRow> InboundKeys => Set<InboundKeyRow>();
    public DbSet<InboxRow> Inbox => Set<InboxRow>();
    public DbSet<SchemaInfoRow> SchemaInfo => Set<SchemaInfoRow>();
    public DbSet<CollaborationRow> Collaborations => Set<CollaborationRow>();
    public DbSet<AnswerRow> Answers => Set<AnswerRow>();
    public DbSet<ChecklistItemRow> ChecklistItems => Set<ChecklistItemRow>();
    public DbSet<AuditEventRow> AuditEvents => Set<AuditEventRow>();
    public DbSet<QuizScoreRow> QuizScores => Set<QuizScoreRow>();
    public DbSet<ObligationRow> Obligations => Set<ObligationRow>();
    public DbSet<ObligationEventRow> ObligationEvents => Set<ObligationEventRow>();
    public DbSet<ReminderRow> Reminders => Set<ReminderRow>();
    public DbSet<ReminderDeliveryRow> ReminderDeliveries => Set<ReminderDeliveryRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        if (Database.IsSqlite())
        {
            // SQLite has no date type; UTC ticks keep range queries (dedupe pruning, due reminders) in SQL.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<ConversationStateRow>(e =>
        {
            e.ToTable("conversation_states");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(400);
            e.Property(x => x.ETag).HasMaxLength(64).IsConcurrencyToken();
        });

        modelBuilder.Entity<UserRow>(e =>
        {
            e.ToTable("users");
            e.HasKey(x => new { x.Channel, x.UserId });
            e.Property(x => x.Channel).HasMaxLength(32);
            e.Property(x => x.UserId).HasMaxLength(200);
            e.Property(x => x.DisplayName).HasMaxLength(200);
            e.Property(x => x.TimeZone).HasMaxLength(100);
            e.Property(x => x.Locale).HasMaxLength(35);
        });

        modelBuilder.Entity<ConversationAddress>(e =>
        {
            e.ToTable("conversation_addresses");
            e.HasKey(x => new { x.Channel, x.UserId });
            e.Property(x => x.Channel).HasMaxLength(32);
            e.Property(x => x.UserId).HasMaxLength(200);
            e.Property(x => x.ConversationId).HasMaxLength(400);
            e.Property(x => x.ServiceUrl).HasMaxLength(400);
            e.Property(x => x.TenantId).HasMaxLength(64);
            e.Property(x => x.BotId).HasMaxLength(200);
            e.Property(x => x.AadObjectId).HasMaxLength(64);
            e.Property(x => x.TeamId).HasMaxLength(64);
            e.Property(x => x.Locale).HasMaxLength(35);
            e.Property(x => x.TimeZone).HasMaxLength(100);
        });

        modelBuilder.Entity<InboundKeyRow>(e =>
        {
            e.ToTable("inbound_keys");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(300);
            e.HasIndex(x => x.SeenAt);
        });

        modelBuilder.Entity<SchemaInfoRow>(e =>
        {
            e.ToTable("schema_info");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
        });

        modelBuilder.ConfigurePartnerships();
        modelBuilder.ConfigureReminders();
        modelBuilder.ConfigureInbox();
        modelBuilder.ConfigureSentCards();
    }
}

internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
