using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Dashboard.Support;

/// <summary>
/// The real bot host on a loopback Kestrel port (the local sign-in refuses anything else) over a database seeded
/// through the chat. Shared by a test class; each test signs in with its own cookie jar.
/// </summary>
public sealed partial class DashboardSite : IAsyncLifetime
{
    private readonly TempDatabase database = new();
    private readonly Func<TempDatabase, Task> seed;
    private BotFactory? factory;

    public DashboardSite()
        : this(DashboardSeed.SeedAsync)
    {
    }

    /// <summary>A site over a database seeded by <paramref name="seed"/> (for example <see cref="ReviewSeed"/>); internal, as xUnit wants one public constructor of a fixture.</summary>
    internal DashboardSite(Func<TempDatabase, Task> seed, IReadOnlyDictionary<string, string?>? settings = null)
    {
        this.seed = seed;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }
    }

    public Uri BaseAddress { get; private set; } = null!;

    public BotFactory Factory => factory!;

    public TempDatabase Database => database;

    /// <summary>Host settings; add to them before <see cref="InitializeAsync"/>.</summary>
    public Dictionary<string, string?> Settings { get; } = new() { ["Reminders:Enabled"] = "false" };

    public async Task InitializeAsync()
    {
        await seed(database);
        factory = new BotFactory(Settings, database);
        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        database.Dispose();
    }

    /// <summary>A browser-like client (own cookies, no automatic redirects) that has not signed in.</summary>
    public HttpClient Anonymous() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = BaseAddress };

    /// <summary>Signs in through the local sign-in form, anti-forgery token and all.</summary>
    public async Task<HttpClient> SignInAsync(string name, string role, string? accounts = null, string? objectId = null)
    {
        var client = Anonymous();
        var token = await TokenAsync(client, "/dashboard/signin");
        using var response = await client.PostAsync("/dashboard/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["DisplayName"] = name,
            ["Role"] = role,
            ["Accounts"] = accounts ?? "",
            ["ObjectId"] = objectId ?? "",
            ["ReturnUrl"] = "/dashboard",
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(path);
        return TokenField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No anti-forgery token on " + path);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

/// <summary>One seeded site for the page and export tests (seeding runs four chats).</summary>
[CollectionDefinition(Name)]
public sealed class DashboardSiteCollection : ICollectionFixture<DashboardSite>
{
    public const string Name = "dashboard site";
}
