using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Channels.Console;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Console;

public sealed class ConsoleChatTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task RunAsync_PipedScript_RepliesSavesAndResumesTheSameConversation()
    {
        await using var bot = await BotServices.StartAsync(database);
        var chat = new ConsoleChat(bot.Get<ITurnProcessor>(), TimeProvider.System);
        using var output = new StringWriter();

        await chat.RunAsync("erin", new StringReader("help\n\nquit\nnot read\n"), output, interactive: false, CancellationToken.None);

        var transcript = output.ToString();
        Assert.StartsWith("PartnershipBot console chat as 'erin'.", transcript, StringComparison.Ordinal);
        Assert.Contains("help", transcript.Split('\n')[1], StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("where you left off." + Environment.NewLine, transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("> ", transcript, StringComparison.Ordinal);
        var factory = bot.Get<IDbContextFactory<BotDbContext>>();
        var etag = await EtagAsync(factory);

        // A turn that changes something ("new" opens the interview) is saved to the same conversation row; one that
        // changes nothing ("hello") is answered without a write.
        await chat.RunAsync("erin", new StringReader("hello again"), TextWriter.Null, interactive: false, CancellationToken.None);
        Assert.Equal(etag, await EtagAsync(factory));
        await chat.RunAsync("erin", new StringReader("new"), TextWriter.Null, interactive: false, CancellationToken.None);

        Assert.NotEqual(etag, await EtagAsync(factory));
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(1, await db.ConversationStates.CountAsync());
    }

    [Fact]
    public async Task RunAsync_NumberAfterChoices_SendsTheChoiceValue()
    {
        var turns = new List<Turn>();
        Reply[] choices = [new ChoicesReply("Kind of support?", [new("grant", "Grant"), new("inkind", "In-kind")])];
        var chat = new ConsoleChat(new RecordingTurnProcessor(new ScriptedTurnProcessor(_ => choices), turns.Add), TimeProvider.System);
        using var output = new StringWriter();

        await chat.RunAsync("frank", new StringReader("start\n2\nexit\n"), output, interactive: true, CancellationToken.None);

        Assert.Equal(["start", "inkind"], turns.Select(t => t.Text));
        Assert.All(turns, t => Assert.Equal("console:frank", t.Conversation.Key));
        Assert.Contains("  2. In-kind", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("> ", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuiltBot_ChatWithPipedInput_PrintsARepliesAndExits()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "PartnershipBot.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = database.Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("chat");
        start.ArgumentList.Add("--user");
        start.ArgumentList.Add("grace");
        start.Environment["Storage__ConnectionString"] = database.ConnectionString;

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync("help\nquit\n");
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, await stderr);
        var transcript = await stdout;
        Assert.StartsWith("PartnershipBot console chat as 'grace'.", transcript, StringComparison.Ordinal);
        Assert.Contains("help", transcript.Split('\n')[1], StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("info:", transcript + await stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(database.FilePath));
    }

    private static async Task<string> EtagAsync(IDbContextFactory<BotDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        return (await db.ConversationStates.SingleAsync(x => x.Key == "console:erin")).ETag;
    }
}
