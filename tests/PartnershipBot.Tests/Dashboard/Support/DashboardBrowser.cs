using Microsoft.Playwright;
using PartnershipBot.Tests.Teams.Support;

namespace PartnershipBot.Tests.Dashboard.Support;

/// <summary>
/// Debian's Chromium driven by Playwright (nothing downloaded) on one page of the dashboard, with the page's console
/// errors collected and a folder for screenshots (TestResults/dashboard).
/// </summary>
public sealed class DashboardBrowser : IAsyncDisposable
{
    // Debian's package (./test.sh installs it when absent). A missing browser fails the test: a skip would prove nothing.
    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly IBrowserContext context;

    private DashboardBrowser(IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page, string artifacts)
    {
        this.playwright = playwright;
        this.browser = browser;
        this.context = context;
        Page = page;
        Artifacts = artifacts;
    }

    public IPage Page { get; }

    public string Artifacts { get; }

    /// <summary>Errors the page wrote to its console: a test expects none.</summary>
    public List<string> Problems { get; } = [];

    public static async Task<DashboardBrowser> OpenAsync(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        Assert.True(File.Exists(ChromiumPath), $"Chromium is not installed at {ChromiumPath}; ./test.sh installs it with apt-get (package chromium).");
        var artifacts = Directory.CreateDirectory(Fixtures.RepoFile("TestResults", "dashboard")).FullName;
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
        var context = await browser.NewContextAsync(new() { BaseURL = baseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 860 } });
        var page = await context.NewPageAsync();

        // The suite runs crash, two-host and PostgreSQL tests beside these on two cores: a page can take a while.
        page.SetDefaultTimeout(120_000);
        page.SetDefaultNavigationTimeout(120_000);
        var opened = new DashboardBrowser(playwright, browser, context, page, artifacts);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                opened.Problems.Add($"{message.Text} ({message.Location})");
            }
        };
        return opened;
    }

    public async ValueTask DisposeAsync()
    {
        await context.DisposeAsync();
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
