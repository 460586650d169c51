using System.CommandLine;
using Microsoft.Extensions.Options;
using PartnershipBot.Data;

namespace PartnershipBot.Hosting;

/// <summary>
/// `database migrate` (or `db migrate`): applies the EF Core migrations and the pending data repairs (SQLite or
/// PostgreSQL, per Storage:*) and exits, for deploys that prepare the database before the instances start. The host
/// does the same on start, so this is optional; Quartz's own tables are created by the scheduler when it starts.
/// </summary>
public static class DatabaseCommand
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply the schema migrations and data repairs this build has and the database lacks, then exit.");
        migrate.SetAction((parse, cancellationToken) => MigrateAsync(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        var db = new Command("database", "Work with the bot's database.");
        db.Aliases.Add("db");
        db.Subcommands.Add(migrate);
        return db;
    }

    public static async Task<int> MigrateAsync(TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var builder = BotHost.CreateBuilder([]);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(builder.Configuration);
        services.AddSingleton(builder.Environment);
        services.AddLogging();
        // Everything, so the features' data repairs are registered too; no hosted service is started.
        services.AddPartnershipBot(builder.Configuration, builder.Environment);
        await using var provider = services.BuildServiceProvider();
        try
        {
            await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The type only: a connection error message can carry the host name or user.
            await error.WriteLineAsync($"The database could not be prepared ({ex.GetType().Name}). Check Storage:Provider and Storage:ConnectionString.");
            return 1;
        }

        await output.WriteLineAsync($"Database schema is up to date (version {DatabaseMigrator.SchemaVersion}).");
        return 0;
    }
}
