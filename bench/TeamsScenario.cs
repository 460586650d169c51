using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PartnershipBot.Benchmarks;

/// <summary>
/// The real HTTP pipeline in anonymous Teams mode: a Teams-shaped `help` message with a fresh activity id each
/// time, spread over 500 conversations, replies going to a loopback connector. 32 connections for throughput,
/// then one connection for single-turn latency.
/// </summary>
internal static class TeamsScenario
{
    private const int Conversations = 500;

    public static Task<IReadOnlyList<BenchResult>> RunAsync(BenchScale scale) => RunAsync(scale, null, "teams", 30_000, 20, withOneConnection: true);

    /// <param name="settings">Extra host settings (the side-by-side runs switch one optimisation off).</param>
    internal static async Task<IReadOnlyList<BenchResult>> RunAsync(BenchScale scale, IReadOnlyDictionary<string, string?>? settings, string name, int activities, int seconds, bool withOneConnection)
    {
        var replies = 0;
        await using var connector = await LoopbackServer.StartAsync(routes =>
            routes.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", () =>
            {
                Interlocked.Increment(ref replies);
                return Results.Json(new { id = "reply" });
            }));
        await using var bot = await BotUnderTest.StartAsync(settings ?? new Dictionary<string, string?>());
        using var http = Client(bot.Address, 32);

        var run = 0;
        Task<bool> PostAsync(int index) => PostHelpAsync(http, connector.Address, $"{Interlocked.Increment(ref run)}-{index}", index % Conversations);

        // Warm-up: JIT, connection pools, and every conversation's first (inserting) save.
        await LoadDriver.RunAsync(scale.Count(Conversations, 4), 32, scale.Limit(30), PostAsync);

        var before = Volatile.Read(ref replies);
        var cost = ProcessCost.Start();
        var logsBefore = DiscardingLoggerProvider.Formatted;
        var many = await LoadDriver.RunAsync(scale.Count(activities), 32, scale.Limit(seconds), PostAsync);
        var (cpuMs, allocated, jit) = cost.PerOperation(many.Completed);
        var logs = (double)(DiscardingLoggerProvider.Formatted - logsBefore) / Math.Max(many.Completed, 1);
        var repliesMany = Volatile.Read(ref replies) - before;
        var result = Checked(BenchResult.FromLoad(name + ".32conn", many, "help, 500 conversations"), many, repliesMany, cpuMs, allocated, logs, jit);
        if (!withOneConnection)
        {
            return [result];
        }

        var one = await LoadDriver.RunAsync(scale.Count(3_000), 1, scale.Limit(10), PostAsync);
        return [result, BenchResult.FromLoad(name + ".1conn", one, "single-turn latency")];
    }

    // CPU time and allocations per activity depend far less on what else the machine runs than the rate does.
    // Both cover the whole process: the bot, the loopback connector and the load client.
    private static BenchResult Checked(BenchResult result, LoadResult load, int replies, double cpuMs, long allocated, double logs, double jit) =>
        result with
        {
            Ok = result.Ok && replies >= load.Completed,
            AllocatedBytesPerOp = allocated,
            Extra = new Dictionary<string, double>
            {
                ["replies_per_activity"] = load.Completed == 0 ? 0 : (double)replies / load.Completed,
                ["cpu_ms_per_op"] = cpuMs,
                ["log_lines_per_op"] = logs,
                ["jit_methods_per_op"] = jit,
            },
        };

    internal static HttpClient Client(Uri address, int connections) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };

    private static async Task<bool> PostHelpAsync(HttpClient http, Uri serviceUrl, string id, int conversation)
    {
        var json = $$$$"""
            {"type":"message","id":"{{{{id}}}}","timestamp":"{{{{DateTimeOffset.UtcNow:O}}}}","channelId":"msteams",
             "serviceUrl":"{{{{serviceUrl}}}}","from":{"id":"29:bench-user-{{{{conversation}}}}","name":"Bench User {{{{conversation}}}}"},
             "conversation":{"id":"a:bench-conversation-{{{{conversation}}}}","conversationType":"personal","tenantId":"bench-tenant"},
             "recipient":{"id":"28:bench-bot","name":"PartnershipBot"},"text":"help","locale":"en-GB",
             "channelData":{"tenant":{"id":"bench-tenant"}}}
            """;
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/api/messages", content);
        return response.StatusCode == HttpStatusCode.OK;
    }
}
