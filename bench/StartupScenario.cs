using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PartnershipBot.Benchmarks;

/// <summary>
/// The built bot (PartnershipBot.dll, Production, a fresh SQLite file, reminders on) started as its own process:
/// time from start to /readyz answering 200, and its working set after idling a few seconds.
/// </summary>
internal static class StartupScenario
{
    public static async Task<IReadOnlyList<BenchResult>> RunAsync(BenchScale scale)
    {
        var dll = FindBot();
        var runs = scale.Count(3, 1);
        var starts = new List<double>();
        var idle = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var (ready, rss) = await StartOnceAsync(dll, TimeSpan.FromSeconds(scale.IsQuick ? 1 : 5));
            starts.Add(ready);
            idle.Add(rss);
        }

        starts.Sort();
        idle.Sort();
        var median = starts[starts.Count / 2];
        return
        [
            new BenchResult("startup.readyz", 1000 / median, median, starts[^1])
            {
                Operations = runs,
                Ok = true,
                Note = $"{runs} cold starts of {Path.GetFileName(dll)}; p50/p99 = ms to /readyz",
                Extra = new Dictionary<string, double> { ["idle_working_set_mb"] = idle[idle.Count / 2] },
            },
        ];
    }

    private static async Task<(double ReadyMs, double IdleMb)> StartOnceAsync(string dll, TimeSpan idleFor)
    {
        var folder = Path.Combine(Path.GetTempPath(), "partnershipbot-bench-start-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__ConnectionString"] = $"Data Source={Path.Combine(folder, "bot.db")}";
        start.Environment["Reminders__SchedulerName"] = "bench-startup";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            double ready = -1;
            while (clock.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
            {
                try
                {
                    using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/readyz"));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        ready = clock.Elapsed.TotalMilliseconds;
                        break;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // Not listening yet, or still preparing the database.
                }

                await Task.Delay(5);
            }

            if (ready < 0)
            {
                throw new InvalidOperationException("The bot did not become ready within 60 s.");
            }

            await Task.Delay(idleFor);
            process.Refresh();
            return (ready, process.WorkingSet64 / 1048576.0);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }

    /// <summary>The bot built next to this bench (same configuration), else the copy in this bench's output.</summary>
    private static string FindBot()
    {
        var here = AppContext.BaseDirectory;
        var configuration = new DirectoryInfo(here).Parent?.Name ?? "Release";
        for (var dir = new DirectoryInfo(here); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bot", "bin", configuration, "net10.0", "PartnershipBot.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(here, "PartnershipBot.dll");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
