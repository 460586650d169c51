using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PartnershipBot.Tests.Support;

/// <summary>
/// The built bot (dotnet exec PartnershipBot.dll) as its own process on a loopback port, on a test database,
/// so a test can kill it the hard way (SIGKILL) and start it again on the same file.
/// </summary>
public sealed class BuiltBotProcess : IAsyncDisposable
{
    private static readonly string[] Inherited = ["ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS", "PORT", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT"];
    private readonly Process process;
    private readonly StringBuilder output = new();
    private int disposed;

    private BuiltBotProcess(Process process, Uri baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseUrl { get; }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the bot in Development on <paramref name="port"/> (0: a free one) and waits until /healthz answers.</summary>
    public static async Task<BuiltBotProcess> StartAsync(TempDatabase database, IReadOnlyDictionary<string, string> settings, int port = 0)
    {
        ArgumentNullException.ThrowIfNull(database);
        port = port == 0 ? FreePort() : port;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = database.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PartnershipBot.dll"));
        foreach (var name in Inherited)
        {
            start.Environment.Remove(name);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Storage__ConnectionString"] = database.ConnectionString;
        start.Environment["Reminders__SchedulerName"] = database.SchedulerName;
        // Reminders are not what these tests are about; without Quartz the process starts faster.
        start.Environment["Reminders__Enabled"] = "false";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var bot = new BuiltBotProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"));
        if (!await bot.ReadyAsync())
        {
            var log = bot.Output();
            await bot.DisposeAsync();
            throw new InvalidOperationException("The built bot did not become ready:\n" + log);
        }

        return bot;
    }

    public string Output()
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    /// <summary>SIGKILL: no shutdown, no drain, nothing flushed; what is not committed is gone.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await KillAsync();
        process.Dispose();
    }

    private async Task<bool> ReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await http.GetAsync(new Uri(BaseUrl, "readyz"))).IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        return false;
    }

    private void Append(string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
