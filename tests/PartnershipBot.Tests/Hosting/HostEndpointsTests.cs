using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Hosting;

public sealed class HostEndpointsTests
{
    [Fact]
    public async Task Healthz_AndReadyz_WithAWorkingDatabase_Answer200()
    {
        using var factory = new BotFactory();
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_DatabaseUnreachable_Answers503WhileHealthzStays200()
    {
        using var folder = new TempDatabase();
        var blocker = Path.Combine(folder.Folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where the data folder should be");
        using var factory = new BotFactory(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(blocker, "bot.db")}",
        });
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
        Assert.Contains(factory.Logs.Lines, l => l.EventId == 1004);
    }

    [Fact]
    public async Task Startup_WithSecretsSet_LogsChannelsWithoutTheirValues()
    {
        using var factory = new BotFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "6f1c0000-1111-2222-3333-444455556666",
            ["MicrosoftAppPassword"] = "teams-password-77de",
            ["MicrosoftAppTenantId"] = "7a2b0000-1111-2222-3333-444455556666",
            ["Slack:SigningSecret"] = "slack-secret-93ab",
        });
        using var client = factory.CreateClient();
        await client.GetAsync("/healthz");

        var line = Assert.Single(factory.Logs.Lines, l => l.EventId == 9001 && l.Category.EndsWith("StartupReport", StringComparison.Ordinal)).Message;
        Assert.Contains("Teams: app id set", line, StringComparison.Ordinal);
        Assert.Contains("Slack: signing secret set", line, StringComparison.Ordinal);
        Assert.DoesNotContain("teams-password-77de", factory.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("slack-secret-93ab", factory.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_WithoutSecrets_SaysLocalModeAndSlackOff()
    {
        using var factory = new BotFactory();
        using var client = factory.CreateClient();
        await client.GetAsync("/healthz");

        var line = Assert.Single(factory.Logs.Lines, l => l.EventId == 9001 && l.Category.EndsWith("StartupReport", StringComparison.Ordinal)).Message;
        Assert.Contains("Teams: anonymous local mode", line, StringComparison.Ordinal);
        Assert.Contains("Slack: endpoints off", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_WithoutSafetyContact_WarnsOnce_AndReadyzStays200()
    {
        using var factory = new BotFactory();
        using var client = factory.CreateClient();
        var ready = await client.GetAsync("/readyz");

        var warning = Assert.Single(factory.Logs.Lines, l => l.EventId == 9003);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, warning.Level);
        Assert.Contains("no pharmacovigilance contact (Safety:Contact)", warning.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Startup_WithASafetyContact_DoesNotWarn()
    {
        using var factory = new BotFactory(new Dictionary<string, string?>
        {
            ["Safety:Contact:Channel"] = "slack",
            ["Safety:Contact:ConversationId"] = "C0PHARMACO",
        });
        using var client = factory.CreateClient();
        var ready = await client.GetAsync("/readyz");

        Assert.Contains(factory.Logs.Lines, l => l.EventId == 9001);
        Assert.DoesNotContain(factory.Logs.Lines, l => l.EventId == 9003);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Startup_OutsideDevelopmentWithoutAppId_SaysTeamsIsOffAndOffersNoShortcut(string environment)
    {
        using var factory = new BotFactory();
        using var deployed = factory.WithWebHostBuilder(b => b.UseEnvironment(environment));
        using var client = deployed.CreateClient();
        await client.GetAsync("/healthz");

        var line = Assert.Single(factory.Logs.Lines, l => l.EventId == 9001 && l.Category.EndsWith("StartupReport", StringComparison.Ordinal)).Message;
        Assert.Contains($"Teams: off (no MicrosoftAppId in {environment}", line, StringComparison.Ordinal);
        Assert.DoesNotContain("AllowAnonymous", line, StringComparison.Ordinal);
        Assert.DoesNotContain("trial", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InvalidStorageProvider_FailsWithAClearMessage()
    {
        using var factory = new BotFactory(new Dictionary<string, string?> { ["Storage:Provider"] = "PostgreSql", ["Storage:ConnectionString"] = "" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Storage:ConnectionString is required", error.ToString(), StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task NewHost_SameDatabaseFile_ResumesTheConversation()
    {
        using var database = new TempDatabase();
        string etagBefore;
        using (var first = new BotFactory(database: database))
        {
            var processor = first.Services.GetRequiredService<ITurnProcessor>();
            await processor.ProcessAsync(TestTurns.Message("hello", user: "carol"), new RecordingSender(), CancellationToken.None);
            etagBefore = await EtagAsync(first, "console:carol");
        }

        using var second = new BotFactory(database: database);
        var resumed = second.Services.GetRequiredService<ITurnProcessor>();
        Assert.Equal(etagBefore, await EtagAsync(second, "console:carol"));

        var replies = await resumed.ProcessAsync(TestTurns.Message("help", user: "carol"), new RecordingSender(), CancellationToken.None);

        Assert.DoesNotContain(replies, r => r is PartnershipBot.Dialogs.TextReply { Text: EnglishTurnMessages.SomethingWentWrong or EnglishTurnMessages.TooManyAtOnce });
        Assert.NotEqual(etagBefore, await EtagAsync(second, "console:carol"));
    }

    private static async Task<string> EtagAsync(BotFactory factory, string key)
    {
        var contexts = factory.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<PartnershipBot.Data.BotDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return db.ConversationStates.Single(x => x.Key == key).ETag;
    }
}
