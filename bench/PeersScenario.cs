using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using System.Net.Http.Json;
using System.Text.Json;

namespace PartnershipBot.Benchmarks;

/// <summary>
/// The botbuilder-js peers the issue compares against (bench/peers): a 10-step waterfall on MemoryStorage, in
/// process, and a CloudAdapter echo bot on loopback posted to at 32 connections, replying to a loopback connector.
/// Run only when `node` is on the PATH and bench/peers/node_modules exists (npm ci there); otherwise one skipped line.
/// </summary>
internal static class PeersScenario
{
    public static async Task<IReadOnlyList<BenchResult>> RunAsync(BenchScale scale)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "peers");
        if (!Directory.Exists(folder))
        {
            folder = Path.Combine(Directory.GetCurrentDirectory(), "bench", "peers");
        }

        if (!Directory.Exists(Path.Combine(folder, "node_modules")) || !await NodeRunsAsync())
        {
            return [new BenchResult("peers", 0, 0, 0) { Note = "skipped: needs node on the PATH and `npm install` in bench/peers" }];
        }

        return [await WaterfallAsync(folder, scale), await EchoAsync(folder, scale)];
    }

    private static async Task<bool> NodeRunsAsync()
    {
        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            if (node is null)
            {
                return false;
            }

            await node.WaitForExitAsync();
            return node.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static async Task<BenchResult> WaterfallAsync(string folder, BenchScale scale)
    {
        var start = new ProcessStartInfo("node", $"waterfall.js {scale.Count(256, 2)} {(scale.IsQuick ? 1 : 10)}")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var node = Process.Start(start)!;
        var output = await node.StandardOutput.ReadToEndAsync();
        await node.WaitForExitAsync();
        using var line = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        var root = line.RootElement;
        return new BenchResult("peer.waterfall", root.GetProperty("ops_per_s").GetDouble(), root.GetProperty("p50_ms").GetDouble(), root.GetProperty("p99_ms").GetDouble())
        {
            Operations = root.GetProperty("ops").GetInt32(),
            Note = "botbuilder-js 4.23 waterfall, 10 steps, MemoryStorage, users at once in one Node process",
        };
    }

    private static async Task<BenchResult> EchoAsync(string folder, BenchScale scale)
    {
        var replies = 0;
        await using var connector = await LoopbackServer.StartAsync(routes =>
            routes.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", () =>
            {
                Interlocked.Increment(ref replies);
                return Results.Json(new { id = "reply" });
            }));
        var start = new ProcessStartInfo("node", "echo.js") { WorkingDirectory = folder, RedirectStandardOutput = true, UseShellExecute = false };
        using var node = Process.Start(start)!;
        try
        {
            var ready = await node.StandardOutput.ReadLineAsync() ?? "";
            var port = int.Parse(ready.Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture);
            using var http = TeamsScenario.Client(new Uri($"http://127.0.0.1:{port}"), 32);
            var serviceUrl = connector.Address.ToString();
            async Task<bool> PostAsync(int index)
            {
                var activity = new
                {
                    type = "message",
                    id = $"e{index}",
                    text = "help",
                    channelId = "msteams",
                    serviceUrl,
                    from = new { id = "user" },
                    recipient = new { id = "bot" },
                    conversation = new { id = $"conversation-{index % 500}" },
                };
                using var response = await http.PostAsJsonAsync("/api/messages", activity);
                return response.IsSuccessStatusCode;
            }

            await LoadDriver.RunAsync(scale.Count(1_000, 4), 32, scale.Limit(10), PostAsync);
            var load = await LoadDriver.RunAsync(scale.Count(30_000), 32, scale.Limit(20), PostAsync);
            return BenchResult.FromLoad("peer.echo.32conn", load, $"botbuilder-js 4.23 CloudAdapter echo, {replies} replies to the loopback connector");
        }
        finally
        {
            node.Kill();
        }
    }
}
