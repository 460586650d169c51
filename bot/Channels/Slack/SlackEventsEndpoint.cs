using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// POST /api/slack/events: url_verification, message.im and app_mention. Always answered at once; duplicates
/// (Slack retries after 3 s, or redelivers) are dropped by event_id in the background work.
/// </summary>
public static class SlackEventsEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, SlackRequestReader reader, SlackWorkQueue queue, IOptionsMonitor<SlackOptions> options, ILogger<SlackWorkQueue> logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (body, refusal) = await reader.ReadVerifiedAsync(context, SlackRequestReader.Json);
        if (refusal is not null)
        {
            return refusal;
        }

        JsonObject envelope;
        try
        {
            envelope = JsonNode.Parse(body) as JsonObject ?? throw new JsonException("Not an object.");
        }
        catch (JsonException)
        {
            return Results.BadRequest("The body is not a JSON object.");
        }

        var str = SlackActionMapper.Str;
        switch (str(envelope["type"]))
        {
            case "url_verification":
                return str(envelope["challenge"]) is { } challenge
                    ? Results.Json(new { challenge })
                    : Results.BadRequest("url_verification without a challenge.");
            case "event_callback":
                break;
            default:
                return Results.Ok();
        }

        var teamId = str(envelope["team_id"]);
        var eventId = str(envelope["event_id"]);
        if (envelope["event"] is not JsonObject ev || teamId is null || eventId is null)
        {
            return Results.BadRequest("event_callback without team_id, event_id or event.");
        }

        if (!options.CurrentValue.IsTeamAllowed(teamId))
        {
            // Events have nobody to answer ephemerally; the refusal is the silence plus a log line.
            SlackLog.TeamNotAllowed(logger, teamId);
            return Results.Ok();
        }

        var retry = context.Request.Headers["X-Slack-Retry-Num"].ToString();
        var work = ToWork(ev, teamId, eventId, str(envelope["api_app_id"]), retry.Length == 0 ? null : retry);
        if (work is not null && !queue.TryEnqueue(SlackTurnHandler.UserKey(teamId, str(ev["user"]) ?? ""), work))
        {
            // Slack retries a failed delivery, which is what we want when the queue is full.
            SlackLog.QueueFull(logger);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Ok();
    }

    private static SlackWork? ToWork(JsonObject ev, string teamId, string eventId, string? appId, string? retry)
    {
        var str = SlackActionMapper.Str;
        var user = str(ev["user"]);
        var channel = str(ev["channel"]);
        // Our own posts, other bots, edits, deletions and joins are not turns.
        if (user is null || channel is null || ev["bot_id"] is not null || ev["subtype"] is not null)
        {
            return null;
        }

        switch (str(ev["type"]))
        {
            case "message" when str(ev["channel_type"]) == "im":
                var input = new SlackTurnInput(teamId, user, SlackTurnHandler.DirectConversation(teamId, channel), $"slack-evt-{eventId}")
                {
                    Text = SlackMrkdwn.Unescape(str(ev["text"]) ?? "").Trim(),
                    DmChannel = channel,
                };
                return (services, ct) => services.GetRequiredService<SlackDirectMessages>().RunDirectMessageAsync(eventId, retry, input, ct);
            case "app_mention":
                var threadTs = str(ev["thread_ts"]) ?? str(ev["ts"]);
                return threadTs is null
                    ? null
                    : (services, ct) => services.GetRequiredService<SlackDirectMessages>().AnswerMentionAsync(eventId, channel, threadTs, appId, teamId, ct);
            default:
                return null;
        }
    }
}
