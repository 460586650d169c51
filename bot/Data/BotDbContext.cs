using Microsoft.EntityFrameworkCore;

namespace PartnershipBot.Data;

/// <summary>
/// The bot's database. It knows no feature: every folder that owns tables configures them with an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> next to its rows (picked up from the assembly here) and reaches
/// its tables through an extension property (<c>db.Collaborations</c>). Schema changes are EF Core migrations
/// (Data/Migrations), applied on start by <see cref="DatabaseMigrator"/>.
/// </summary>
public class BotDbContext : DbContext
{
    public BotDbContext(DbContextOptions<BotDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the per-provider migration contexts (<see cref="SqliteMigrationContext"/>).</summary>
    protected BotDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<SchemaInfoRow> SchemaInfo => Set<SchemaInfoRow>();

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
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BotDbContext).Assembly);
    }
}
