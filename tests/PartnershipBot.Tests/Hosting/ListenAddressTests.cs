using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using PartnershipBot.Hosting;
using PartnershipBot.Tests.Support;
using PartnershipBot.Tests.Teams.Support;

namespace PartnershipBot.Tests.Hosting;

/// <summary>
/// Where the bot listens: the standard ASP.NET Core settings (and PORT) win; 3978 only when nothing says otherwise.
/// The process tests start the built bot, as a container or App Service would.
/// </summary>
public sealed class ListenAddressTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData("ASPNETCORE_HTTP_PORTS")]
    [InlineData("PORT")]
    public async Task BuiltBot_PortFromTheEnvironment_ListensThere(string variable)
    {
        var port = FreePort();

        await using var bot = StartBuiltBot(new Dictionary<string, string> { [variable] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True(await bot.AnswersHealthAsync($"http://127.0.0.1:{port}/healthz"), bot.Output());
    }

    [Fact]
    public async Task BuiltBot_AspNetCoreUrls_ListensThere()
    {
        var port = FreePort();

        await using var bot = StartBuiltBot(new Dictionary<string, string> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" });

        Assert.True(await bot.AnswersHealthAsync($"http://127.0.0.1:{port}/healthz"), bot.Output());
    }

    [Theory]
    [InlineData(null, null, null, "http://localhost:3978")]
    [InlineData("urls", "http://0.0.0.0:5000", null, null)]
    [InlineData("http_ports", "8080", null, null)]
    [InlineData("https_ports", "8443", null, null)]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:5005", null, null)]
    [InlineData(null, null, "8081", "http://+:8081")]
    [InlineData("http_ports", "8080", "8081", null)]
    public void Fallback_OnlyWhenNothingElseSaysWhereToListen(string? key, string? value, string? port, string? expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(key is null ? [] : [new KeyValuePair<string, string?>(key, value)])
            .Build();

        Assert.Equal(expected, ListenAddress.Fallback(configuration, port));
    }

    [Fact]
    public void Settings_NoUrlsInAppSettings_AndLaunchProfileOn3978()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Fixtures.RepoFile("appsettings.json")))!.AsObject();
        var launch = JsonNode.Parse(File.ReadAllText(Fixtures.RepoFile("bot", "Properties", "launchSettings.json")))!;

        Assert.DoesNotContain(settings, p => string.Equals(p.Key, "Urls", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("http://localhost:3978", (string?)launch["profiles"]!["PartnershipBot"]!["applicationUrl"]);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private RunningBot StartBuiltBot(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = _database.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PartnershipBot.dll"));
        // The test runner's own settings must not leak into the child.
        foreach (var name in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS", "PORT", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["Storage__ConnectionString"] = _database.ConnectionString;
        start.Environment["Reminders__SchedulerName"] = _database.SchedulerName;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new RunningBot(Process.Start(start)!);
    }

    private sealed class RunningBot : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly System.Text.StringBuilder _output = new();

        public RunningBot(Process process)
        {
            _process = process;
            _process.OutputDataReceived += (_, e) => Append(e.Data);
            _process.ErrorDataReceived += (_, e) => Append(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public string Output()
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }

        public async Task<bool> AnswersHealthAsync(string url)
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                try
                {
                    if ((await http.GetAsync(url)).IsSuccessStatusCode)
                    {
                        return true;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // Not listening yet.
                }

                await Task.Delay(250);
            }

            return false;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync();
            _process.Dispose();
        }

        private void Append(string? line)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
