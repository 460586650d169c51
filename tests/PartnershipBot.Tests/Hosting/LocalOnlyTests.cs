using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Channels.Teams;
using PartnershipBot.Dialogs;
using PartnershipBot.Tests.Support;
using PartnershipBot.Tests.Teams.Support;

namespace PartnershipBot.Tests.Hosting;

/// <summary>
/// Anonymous Teams mode and the dashboard's local sign-in serve only this machine: the socket's peer and listener
/// must be loopback, and no proxy or tunnel may have forwarded the request. Each request here sets the addresses
/// its socket would have had.
/// </summary>
public sealed class LocalOnlyTests : IAsyncLifetime
{
    private static readonly IPAddress Outside = IPAddress.Parse("203.0.113.7");
    private static readonly IPAddress LanInterface = IPAddress.Parse("192.168.1.20");
    private FakeBotFramework _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    public static TheoryData<string, string, string?> Refused => new()
    {
        // Peer, listener, X-Forwarded-For.
        { "203.0.113.7", "192.168.1.20", null },          // ASPNETCORE_URLS=http://0.0.0.0:3978, someone on the network
        { "127.0.0.1", "192.168.1.20", null },            // not a loopback listener
        { "127.0.0.1", "127.0.0.1", "203.0.113.7" },      // a tunnel or proxy on this machine says who really asked
        { "::1", "::1", "127.0.0.1" },                    // forwarded at all, whatever it claims
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task AnonymousTeams_FromOutsideThisMachine_Is403AndRunsNothing(string peer, string listener, string? forwardedFor)
    {
        await using var bot = new TeamsBotFactory(_fake);

        var context = await PostActivityAsync(bot, Fixtures.Load("personal-message", _fake.ServiceUrl).ToJsonString(), IPAddress.Parse(peer), IPAddress.Parse(listener), forwardedFor);

        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
        Assert.Empty(bot.Turns);
        Assert.Empty(_fake.ConnectorRequests);
        await using var db = await bot.Database.CreateContextAsync();
        Assert.Empty(await db.ConversationAddresses.ToListAsync());
        Assert.Single(bot.Logs.Lines, IsRefusalLine);
    }

    [Fact]
    public async Task AnonymousTeams_FromThisMachine_IsServed()
    {
        await using var bot = new TeamsBotFactory(_fake);

        var context = await PostActivityAsync(bot, Fixtures.Load("personal-message", _fake.ServiceUrl).ToJsonString(), IPAddress.Loopback, IPAddress.Loopback, null);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Single(bot.Turns);
        Assert.DoesNotContain(bot.Logs.Lines, IsRefusalLine);
    }

    [Fact]
    public async Task ForwardedHeadersEnabled_OutsiderClaimingLoopback_IsRefusedByTeamsAndTheDashboard()
    {
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED=true trusts X-Forwarded-For from anyone and rewrites the client address.
        var seen = new ConcurrentQueue<IPAddress?>();
        await using var bot = new TeamsBotFactory(_fake, services: s => s.AddTransient<IStartupFilter>(_ => new AddressRecorder(seen)))
        {
            Settings = new Dictionary<string, string?> { ["FORWARDEDHEADERS_ENABLED"] = "true" },
        };

        // Control: on an address without the local-only rule the app does see the outsider as 127.0.0.1.
        await bot.Server.SendAsync(c => Request(c, "GET", "/healthz", Outside, LanInterface, "127.0.0.1"));
        Assert.Equal(IPAddress.Loopback, Assert.Single(seen));

        var teams = await PostActivityAsync(bot, Fixtures.Load("personal-message", _fake.ServiceUrl).ToJsonString(), Outside, LanInterface, "127.0.0.1");
        var dashboard = await bot.Server.SendAsync(c => Request(c, "GET", "/dashboard/signin", Outside, LanInterface, "127.0.0.1"));

        Assert.Equal(StatusCodes.Status403Forbidden, teams.Response.StatusCode);
        Assert.Equal(StatusCodes.Status403Forbidden, dashboard.Response.StatusCode);
        Assert.Empty(bot.Turns);
        Assert.Equal(2, bot.Logs.Lines.Count(IsRefusalLine));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task LocalDashboardSignIn_FromOutsideThisMachine_Is403WithoutAForm(string peer, string listener, string? forwardedFor)
    {
        using var factory = new BotFactory(new Dictionary<string, string?> { ["Reminders:Enabled"] = "false" });

        var context = await factory.Server.SendAsync(c => Request(c, "GET", "/dashboard/signin", IPAddress.Parse(peer), IPAddress.Parse(listener), forwardedFor));

        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
        Assert.DoesNotContain("__RequestVerificationToken", await new StreamReader(context.Response.Body).ReadToEndAsync(), StringComparison.Ordinal);
        Assert.Single(factory.Logs.Lines, IsRefusalLine);
    }

    [Fact]
    public async Task LocalDashboardSignIn_FromThisMachine_ShowsTheForm()
    {
        using var factory = new BotFactory(new Dictionary<string, string?> { ["Reminders:Enabled"] = "false" });

        var context = await factory.Server.SendAsync(c => Request(c, "GET", "/dashboard/signin", IPAddress.IPv6Loopback, IPAddress.IPv6Loopback, null));

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Contains("__RequestVerificationToken", await new StreamReader(context.Response.Body).ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("http://10.0.0.5:3978/")]
    [InlineData("http://169.254.169.254/latest/")]
    public async Task AnonymousTeams_ServiceUrlNotOnThisMachine_Is403AndNothingIsSent(string serviceUrl)
    {
        await using var bot = new TeamsBotFactory(_fake);

        var response = await bot.PostActivityAsync(Fixtures.Load("personal-message", serviceUrl).ToJsonString());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(bot.Turns);
        await using var db = await bot.Database.CreateContextAsync();
        Assert.Empty(await db.ConversationAddresses.ToListAsync());
    }

    [Fact]
    public async Task AnonymousConnector_ServiceUrlNotOnThisMachine_IsRefusedBeforeAnyRequest()
    {
        await using var bot = new TeamsBotFactory(_fake);
        var connector = bot.Services.GetRequiredService<ITeamsConnector>();

        var error = await Assert.ThrowsAsync<ServiceUrlRefusedException>(() =>
            connector.SendToConversationAsync("http://10.0.0.5:3978/", "a:1conv", TeamsActivityRenderer.Render(new TextReply($"hi"), Dialogs.Texts.Languages.English), CancellationToken.None));

        Assert.Contains("loopback", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartupReport_AnonymousMode_SaysItServesOnlyThisMachine()
    {
        var environment = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = "Development" };
        var runtime = new TeamsRuntime(TeamsServices.DecideMode(new TeamsOptions(), environment));

        var line = runtime.Describe(environment.EnvironmentName);

        Assert.Contains("loopback", line, StringComparison.Ordinal);
        Assert.Contains("403", line, StringComparison.Ordinal);
    }

    private static bool IsRefusalLine(LogLine line) => line.EventId == 9002 && line.Category.StartsWith("PartnershipBot.", StringComparison.Ordinal);

    private static Task<HttpContext> PostActivityAsync(TeamsBotFactory bot, string json, IPAddress peer, IPAddress listener, string? forwardedFor) =>
        bot.Server.SendAsync(c =>
        {
            Request(c, "POST", "/api/messages", peer, listener, forwardedFor);
            var body = Encoding.UTF8.GetBytes(json);
            c.Request.ContentType = "application/json";
            c.Request.ContentLength = body.Length;
            c.Request.Body = new MemoryStream(body);
        });

    private static void Request(HttpContext context, string method, string path, IPAddress peer, IPAddress listener, string? forwardedFor)
    {
        context.Request.Method = method;
        context.Request.Path = path;
        context.Request.Host = new HostString("localhost:3978");
        context.Connection.RemoteIpAddress = peer;
        context.Connection.LocalIpAddress = listener;
        if (forwardedFor is not null)
        {
            context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        }
    }

    /// <summary>Records the client address the app sees after the host's own middleware (forwarded headers included).</summary>
    private sealed class AddressRecorder(ConcurrentQueue<IPAddress?> seen) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                seen.Enqueue(context.Connection.RemoteIpAddress);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
