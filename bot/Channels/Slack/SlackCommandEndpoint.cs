using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using PartnershipBot.Dialogs.Flows;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// POST /api/slack/commands. Answers with an ephemeral ack straight away, without awaiting anything but the
/// request body and one insert into the inbox; the turn runs from there and answers through response_url or
/// chat.postMessage.
/// </summary>
public static class SlackCommandEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, SlackRequestReader reader, SlackInbox inbox, CommandTable commands, IOptionsMonitor<SlackOptions> options,
        SlackResponseUrls responseUrls, SlackUserRateLimiter limiter, ILogger<SlackInbox> logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (body, refusal) = await reader.ReadVerifiedAsync(context, SlackRequestReader.Form);
        if (refusal is not null)
        {
            return refusal;
        }

        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body!));
        if (Field(form, "ssl_check") == "1")
        {
            return Results.Ok();
        }

        var teamId = Field(form, "team_id");
        var userId = Field(form, "user_id");
        var responseUri = responseUrls.Allowed(Field(form, "response_url"));
        if (teamId is null || userId is null || responseUri is null)
        {
            return Results.BadRequest("A slash command needs team_id, user_id and an https response_url on Slack's hooks host.");
        }

        if (!options.CurrentValue.IsTeamAllowed(teamId))
        {
            SlackLog.TeamNotAllowed(logger, teamId);
            return Ephemeral("Sorry, PartnershipBot is not available in this workspace. Please ask your administrator.");
        }

        if (!limiter.TryAcquire(teamId, userId))
        {
            SlackLog.UserLimited(logger, "command", teamId);
            return Ephemeral(TooFast);
        }

        if (SlackSlashCommand.IsForm(Field(form, "text")))
        {
            // The modal opens from the inbox with this command's trigger_id; its turns run in the user's DM.
            if (Field(form, "trigger_id") is not { } trigger)
            {
                return Results.BadRequest("/partnership form needs the command's trigger_id.");
            }

            var formKey = SlackInbox.KeyOr("slack-cmd", trigger);
            var formInput = new SlackTurnInput(teamId, userId, SlackTurnHandler.SlashConversation(teamId, userId), formKey.Replace(':', '-')) { FallbackName = Field(form, "user_name") };
            return await inbox.AddAsync(SlackInboxKinds.Command, SlackTurnHandler.UserKey(teamId, userId), formKey, new OpenFormJob { Input = formInput, TriggerId = trigger }, context.RequestAborted) switch
            {
                InboxAddResult.Full => Ephemeral("I'm very busy right now. Please try again in a minute."),
                InboxAddResult.PartitionFull => Ephemeral(TooFast),
                _ => Ephemeral("Opening the form…"),
            };
        }

        var turnText = SlackSlashCommand.ToTurnText(Field(form, "text"), commands);
        if (turnText is null)
        {
            return Ephemeral(SlackSlashCommand.Help(commands));
        }

        var isNew = SlackSlashCommand.StartsInDirectMessage(turnText);
        var deliveryKey = SlackInbox.KeyOr("slack-cmd", Field(form, "trigger_id"));
        var turnId = deliveryKey.Replace(':', '-');
        var input = new SlackTurnInput(teamId, userId, SlackTurnHandler.SlashConversation(teamId, userId), turnId)
        {
            Text = turnText,
            FallbackName = Field(form, "user_name"),
        };
        var job = isNew
            ? new StartNewJob { Input = input, ResponseUrl = responseUri }
            : SlackInboxJob.Turn(input, SlackReplyTarget.ToResponseUrl(responseUri));

        // Keyed by user: a "new" and a following DM message of the same person stay in order.
        switch (await inbox.AddAsync(SlackInboxKinds.Command, SlackTurnHandler.UserKey(teamId, userId), deliveryKey, job, context.RequestAborted))
        {
            case InboxAddResult.Full:
                SlackLog.QueueFull(logger);
                return Ephemeral("I'm very busy right now. Please try again in a minute.");
            case InboxAddResult.PartitionFull:
                SlackLog.UserLimited(logger, "command", teamId);
                return Ephemeral(TooFast);
        }

        return Ephemeral(isNew ? "Starting a new partnership review in our direct messages…" : "On it…");
    }

    /// <summary>To one user who is over their rate or inbox share; everyone else is still served.</summary>
    public const string TooFast = "You're sending requests faster than I can answer them. Please wait a moment, then try again.";

    internal static IResult Ephemeral(string text) => Results.Json(new { response_type = "ephemeral", text });

    private static string? Field(Dictionary<string, StringValues> form, string name) =>
        form.TryGetValue(name, out var value) && !StringValues.IsNullOrEmpty(value) ? value.ToString() : null;
}
