using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// POST /api/slack/events: url_verification, message.im, app_mention and app_home_opened. Answered as soon as the event is in
/// the inbox; a retry of an event already there (Slack retries after 3 s, or redelivers) is dropped by event_id.
/// </summary>
public static class SlackEventsEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, SlackRequestReader reader, SlackInbox inbox, IOptionsMonitor<SlackOptions> options,
        SlackUserRateLimiter limiter, ILogger<SlackInbox> logger)
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
        var job = ToJob(ev, teamId, eventId, str(envelope["api_app_id"]));
        if (job is null)
        {
            return Results.Ok();
        }

        if (str(ev["user"]) is { } eventUser && !limiter.TryAcquire(teamId, eventUser))
        {
            // A 200, not a 429: Slack would resend it, and the point is that this user's flood stops here.
            SlackLog.UserLimited(logger, "event", teamId);
            return Results.Ok();
        }

        switch (await inbox.AddAsync(SlackInboxKinds.Event, SlackTurnHandler.UserKey(teamId, str(ev["user"]) ?? ""), $"slack-event:{eventId}", job, context.RequestAborted))
        {
            case InboxAddResult.Full:
                // Slack retries a failed delivery, which is what we want when the inbox is full.
                SlackLog.QueueFull(logger);
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            case InboxAddResult.PartitionFull:
                SlackLog.UserLimited(logger, "event", teamId);
                break;
            case InboxAddResult.Duplicate:
                SlackLog.DuplicateEvent(logger, eventId, retry.Length == 0 ? null : retry);
                break;
        }

        return Results.Ok();
    }

    private static SlackInboxJob? ToJob(JsonObject ev, string teamId, string eventId, string? appId)
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
                return SlackInboxJob.Turn(input, SlackReplyTarget.ToChannel(channel));
            case "app_home_opened":
                // Slack sends it for the Messages tab too; only the Home tab has a view to publish.
                return str(ev["tab"]) == "home" ? new PublishHomeJob { TeamId = teamId, UserId = user } : null;
            case "app_mention":
                var threadTs = str(ev["thread_ts"]) ?? str(ev["ts"]);
                return threadTs is null
                    ? null
                    : new AnswerMentionJob { Channel = channel, ThreadTs = threadTs, AppId = appId, TeamId = teamId };
            default:
                return null;
        }
    }
}
