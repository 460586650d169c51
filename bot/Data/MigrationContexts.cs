using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PartnershipBot.Data;

// EF Core keeps one migration set per context type, and SQLite and PostgreSQL need their own SQL (EF's "multiple
// providers" guidance): the bot runs on BotDbContext, and these two exist to own and apply each provider's set
// (Data/Migrations/Sqlite, Data/Migrations/PostgreSql). Same model, nothing added.

/// <summary>The SQLite migration set's context.</summary>
public sealed class SqliteMigrationContext(DbContextOptions<SqliteMigrationContext> options) : BotDbContext(options);

/// <summary>The PostgreSQL migration set's context.</summary>
public sealed class PostgreSqlMigrationContext(DbContextOptions<PostgreSqlMigrationContext> options) : BotDbContext(options);

/// <summary>For <c>dotnet ef migrations add X --context SqliteMigrationContext</c>; no database is opened.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMigrationContext>
{
    public SqliteMigrationContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMigrationContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>For <c>dotnet ef migrations add X --context PostgreSqlMigrationContext</c>; no database is opened.</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlMigrationContext>
{
    public PostgreSqlMigrationContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlMigrationContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
