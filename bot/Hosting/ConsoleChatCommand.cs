using System.CommandLine;
using Microsoft.Extensions.Logging.Console;
using PartnershipBot.Channels.Console;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Reminders;
using PartnershipBot.Turns;

namespace PartnershipBot.Hosting;

/// <summary>
/// `chat [--user NAME]`: talk to the bot in the terminal, on the same database as the web host. In Hosting, not
/// in Channels/Console, because it builds the whole host.
/// </summary>
public static class ConsoleChatCommand
{
    public static Command Create()
    {
        var user = new Option<string?>("--user", "-u")
        {
            Description = "Who you are in the chat; also the conversation id, so the same name resumes a conversation. Default: your OS user name.",
        };
        var locale = new Option<string?>("--locale", "-l")
        {
            Description = "Your language and formats, e.g. de-DE or fr-FR (English, German and French are spoken; anything else is English). Default: English.",
        };
        var chat = new Command("chat", "Chat with the bot in this terminal (works with piped input; 'quit' or end of input leaves).");
        chat.Options.Add(user);
        chat.Options.Add(locale);
        chat.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(user), System.Console.In, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken, parse.GetValue(locale)));
        return chat;
    }

    public static async Task<int> RunAsync(string? userName, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        var name = string.IsNullOrWhiteSpace(userName) ? Environment.UserName : userName.Trim();
        if (string.IsNullOrWhiteSpace(name))
        {
            await error.WriteLineAsync("No user name: pass --user NAME.");
            return 1;
        }

        await using var app = BuildHost();
        var services = app.Services;
        try
        {
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await error.WriteLineAsync($"The database could not be opened ({ex.GetType().Name}: {ex.Message}). Check Storage:Provider and Storage:ConnectionString.");
            return 1;
        }

        var chat = new ConsoleChat(services.GetRequiredService<ITurnProcessor>(), services.GetRequiredService<TimeProvider>(), services.GetService<ConsoleDocuments>()) { Locale = locale };
        await chat.RunAsync(name, input, output, interactive: !System.Console.IsInputRedirected, cancellationToken, (sender, ct) => ShowDueRemindersAsync(services, name, sender, ct));
        return 0;
    }

    /// <summary>
    /// Console users can only be reached while they chat: their due reminders are printed as the chat starts, and
    /// the console reminder channel stays attached to this chat until it ends.
    /// </summary>
    private static async Task<IDisposable?> ShowDueRemindersAsync(IServiceProvider services, string userName, IReplySender sender, CancellationToken cancellationToken)
    {
        var attached = services.GetRequiredService<ConsoleReminderChannel>().Attach(userName, sender.SendAsync);
        await services.GetRequiredService<ReminderDispatcher>().RunDueAsync(ChannelIds.Console, cancellationToken);
        return attached;
    }

    /// <summary>
    /// The web host's services without starting the server or background jobs. Logs go to stderr at Warning and
    /// above, so they never mix with the conversation on stdout.
    /// </summary>
    internal static WebApplication BuildHost()
    {
        var builder = BotHost.CreateBuilder([]);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.Configure<LoggerFilterOptions>(o =>
        {
            o.Rules.Clear();
            o.MinLevel = LogLevel.Warning;
        });
        builder.Services.AddPartnershipBot(builder.Configuration, builder.Environment);
        return builder.Build();
    }
}
