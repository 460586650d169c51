using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PartnershipBot.Benchmarks;

/// <summary>
/// Signed slash commands against the bot's endpoint (signature check, form, ack), and the same requests against
/// a bare endpoint that only reads the form: the ceiling. The command has no text, so the ack is the help text
/// and no turn is queued: this measures the ack path alone.
/// </summary>
internal static class SlackScenario
{
    private const string Secret = "bench-signing-secret";

    public static async Task<IReadOnlyList<BenchResult>> RunAsync(BenchScale scale)
    {
        await using var bare = await LoopbackServer.StartAsync(routes =>
            routes.MapPost("/bare", async (HttpRequest request) =>
            {
                var form = await request.ReadFormAsync();
                return Results.Json(new { response_type = "ephemeral", text = form["command"].ToString() });
            }));
        await using var bot = await BotUnderTest.StartAsync(new Dictionary<string, string?> { ["Slack:SigningSecret"] = Secret });
        using var botHttp = TeamsScenario.Client(bot.Address, 32);
        using var bareHttp = TeamsScenario.Client(bare.Address, 32);

        Func<int, Task<bool>> Post(HttpClient http, string path) => index => PostCommandAsync(http, path, index);
        await LoadDriver.RunAsync(scale.Count(2_000), 32, scale.Limit(10), Post(bareHttp, "/bare"));
        await LoadDriver.RunAsync(scale.Count(2_000), 32, scale.Limit(10), Post(botHttp, "/api/slack/commands"));

        var ceiling = await LoadDriver.RunAsync(scale.Count(60_000), 32, scale.Limit(8), Post(bareHttp, "/bare"));
        var signed = await LoadDriver.RunAsync(scale.Count(60_000), 32, scale.Limit(8), Post(botHttp, "/api/slack/commands"));
        var share = ceiling.OpsPerSecond == 0 ? 0 : signed.OpsPerSecond / ceiling.OpsPerSecond;
        return
        [
            BenchResult.FromLoad("slack.signed", signed, "slash command ack, 32 connections") with
            {
                Extra = new Dictionary<string, double> { ["share_of_bare"] = share },
            },
            BenchResult.FromLoad("slack.bare", ceiling, "minimal endpoint reading the form"),
        ];
    }

    private static async Task<bool> PostCommandAsync(HttpClient http, string path, int index)
    {
        var body = $"token=unused&team_id=T0BENCH&team_domain=bench&channel_id=D0BENCH{index % 500}&user_id=U0BENCH{index % 500}"
            + $"&user_name=bench{index % 500}&command=%2Fpartnership&text=&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fresponse&trigger_id=bench.{index}";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        using var response = await http.SendAsync(request);
        return response.StatusCode == HttpStatusCode.OK;
    }
}
