using System.CommandLine;
using Microsoft.Extensions.Options;
using PartnershipBot.Storage;

namespace PartnershipBot.Hosting;

/// <summary>
/// `db migrate`: creates or upgrades the bot's schema (SQLite or PostgreSQL, per Storage:*) and exits, for deploys
/// that prepare the database before the instances start. The host does the same on start, so this is optional;
/// Quartz's own tables are created by the scheduler when it starts.
/// </summary>
public static class DatabaseCommand
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Create or upgrade the database schema (additive: no row is lost), then exit.");
        migrate.SetAction((parse, cancellationToken) => MigrateAsync(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        var db = new Command("db", "Work with the bot's database.");
        db.Subcommands.Add(migrate);
        return db;
    }

    public static async Task<int> MigrateAsync(TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var configuration = BotHost.CreateBuilder([]).Configuration;
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddBotStorage(configuration);
        await using var provider = services.BuildServiceProvider();
        try
        {
            await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
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

        await output.WriteLineAsync($"Database schema is at version {BotDbContext.SchemaVersion}.");
        return 0;
    }
}
