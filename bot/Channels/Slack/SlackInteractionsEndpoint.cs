using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs;
using PartnershipBot.Safety;
using PartnershipBot.Texts;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// POST /api/slack/interactions: block_actions from buttons, checkboxes and date pickers (in the DM or on the Home
/// tab), and shortcuts. Answered with an empty 200 once the click is in the inbox, where it becomes a UserAction
/// turn. Review card buttons and the comment modal's view_submission go to <see cref="SlackApprovalInteractions"/>
/// instead: they decide on a collaboration rather than run a conversation turn, so they are handled in channels too.
/// </summary>
public static class SlackInteractionsEndpoint
{
    public const string SharedChannelNotice =
        "Buttons in a channel are not acted on, because everyone there shares them. Carry on in your direct message with me, or use /partnership.";

    public static async Task<IResult> HandleAsync(HttpContext context, SlackRequestReader reader, SlackInbox inbox, IOptionsMonitor<SlackOptions> options,
        SlackResponseUrls responseUrls, SlackUserRateLimiter limiter, SlackApprovalInteractions approvals, SlackFormSubmissions forms, SlackNotePicker notes,
        ILogger<SlackInbox> logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (body, refusal) = await reader.ReadVerifiedAsync(context, SlackRequestReader.Form);
        if (refusal is not null)
        {
            return refusal;
        }

        JsonObject payload;
        try
        {
            var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body!));
            payload = form.TryGetValue("payload", out var raw) && JsonNode.Parse(raw.ToString()) is JsonObject obj
                ? obj
                : throw new JsonException("No payload object.");
        }
        catch (JsonException)
        {
            return Results.BadRequest("The payload is not a JSON object.");
        }

        var str = SlackActionMapper.Str;
        if (str(payload["type"]) == "view_submission")
        {
            return await SubmitViewAsync(context, payload, options, limiter, approvals, forms, notes, logger);
        }

        if (str(payload["type"]) is "shortcut" or "message_action")
        {
            return await ShortcutAsync(context, payload, inbox, options, responseUrls, limiter, notes, logger);
        }

        if (str(payload["type"]) == "view_closed")
        {
            return await FormClosedAsync(context, payload, inbox, options, logger);
        }

        if (str(payload["type"]) != "block_actions")
        {
            // Other view events are not part of this app; Slack only needs the 200.
            return Results.Ok();
        }

        var teamId = str(SlackActionMapper.At(payload, "team", "id")) ?? str(SlackActionMapper.At(payload, "user", "team_id"));
        var userId = str(SlackActionMapper.At(payload, "user", "id"));
        var action = (payload["actions"] as JsonArray)?.FirstOrDefault() as JsonObject;
        var actionId = action is null ? null : str(action["action_id"]);
        if (teamId is null || userId is null || action is null || actionId is null)
        {
            return Results.BadRequest("block_actions without team, user or action.");
        }

        var responseUrl = responseUrls.Allowed(str(payload["response_url"]));
        if (!options.CurrentValue.IsTeamAllowed(teamId))
        {
            SlackLog.TeamNotAllowed(logger, teamId);
            if (responseUrl is not null)
            {
                var notice = new NoticeJob { ResponseUrl = responseUrl, Text = "Sorry, PartnershipBot is not available in this workspace." };
                await inbox.AddAsync(SlackInboxKinds.Interaction, teamId, SlackInbox.KeyOr("slack-notice", str(payload["trigger_id"])), notice, context.RequestAborted);
            }

            return Results.Ok();
        }

        if (SlackActionMapper.IsInputOnly(actionId))
        {
            return Results.Ok();
        }

        if (!limiter.TryAcquire(teamId, userId))
        {
            // Slack wants a 200 for every click; a refused one simply does nothing (its card stays as it was).
            SlackLog.UserLimited(logger, "click", teamId);
            return Results.Ok();
        }

        if (SlackApprovalActions.IsApprovalAction(actionId))
        {
            return await approvals.ClickAsync(payload, teamId, userId, action, actionId, responseUrl, context.RequestAborted);
        }

        if (SlackBlocks.SplitActionId(actionId).Id is CardIds.InterviewForm or CardIds.EditForm)
        {
            return await FormClickAsync(context, payload, inbox, teamId, userId, action, logger);
        }

        if (SlackHomeClicks.IsHomeClick(payload))
        {
            return await HomeClickAsync(context, payload, inbox, teamId, userId, action, actionId, logger);
        }

        UserAction mapped;
        try
        {
            mapped = SlackActionMapper.Map(action, SlackActionMapper.At(payload, "state", "values") as JsonObject, SlackActionMapper.At(payload, "message", "blocks") as JsonArray);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            return Results.BadRequest("The action could not be read.");
        }

        var container = payload["container"] as JsonObject;
        var isEphemeral = container?["is_ephemeral"] is JsonValue flag && flag.TryGetValue<bool>(out var eph) && eph;
        var channel = str(SlackActionMapper.At(payload, "channel", "id")) ?? str(container?["channel_id"]);
        var messageTs = str(SlackActionMapper.At(payload, "message", "ts")) ?? str(container?["message_ts"]);
        // A click has no event id; its trigger_id is unique per click, so a replayed click (a Snooze) runs once.
        var deliveryKey = SlackInbox.KeyOr("slack-act", str(payload["trigger_id"]));
        var turnId = deliveryKey.Replace(':', '-');

        if (mapped.Id == SafetyReceipts.Action)
        {
            // A safety report's "Mark received", clicked in the pharmacovigilance channel: the job checks where from.
            var receipt = new SafetyReceiptJob
            {
                TeamId = teamId,
                UserId = userId,
                UserName = str(SlackActionMapper.At(payload, "user", "name")),
                Channel = channel,
                MessageTs = messageTs,
                ResponseUrl = responseUrl,
                Reference = mapped.Values.GetValueOrDefault(SafetyReceipts.ReferenceValue),
            };
            if (await inbox.AddAsync(SlackInboxKinds.Interaction, SlackTurnHandler.UserKey(teamId, userId), deliveryKey, receipt, context.RequestAborted) == InboxAddResult.Full)
            {
                SlackLog.QueueFull(logger);
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            return Results.Ok();
        }

        // Ephemeral messages come from slash commands (their own conversation); posted ones from the DM.
        SlackTurnInput input;
        SlackReplyTarget target;
        if (isEphemeral || channel is null)
        {
            if (responseUrl is null)
            {
                return Results.BadRequest("An ephemeral action without response_url.");
            }

            input = new SlackTurnInput(teamId, userId, SlackTurnHandler.SlashConversation(teamId, userId), turnId) { Action = mapped };
            target = SlackReplyTarget.ToResponseUrl(responseUrl);
        }
        else if (!channel.StartsWith('D'))
        {
            // A card in a channel is seen (and clicked) by everyone there: its clicks would all run on one shared
            // conversation, so they are not acted on; the clicker is pointed to their DM, as Teams group clicks are.
            if (responseUrl is not null)
            {
                var notice = new NoticeJob { ResponseUrl = responseUrl, Text = SharedChannelNotice };
                await inbox.AddAsync(SlackInboxKinds.Interaction, SlackTurnHandler.UserKey(teamId, userId), deliveryKey, notice, context.RequestAborted);
            }

            return Results.Ok();
        }
        else
        {
            input = new SlackTurnInput(teamId, userId, SlackTurnHandler.DirectConversation(teamId, channel), turnId)
            {
                Action = mapped,
                DmChannel = channel,
            };
            target = SlackReplyTarget.ToChannel(channel, messageTs);
        }

        input = input with { FallbackName = str(SlackActionMapper.At(payload, "user", "name")) };
        switch (await inbox.AddAsync(SlackInboxKinds.Interaction, SlackTurnHandler.UserKey(teamId, userId), deliveryKey, SlackInboxJob.Turn(input, target), context.RequestAborted))
        {
            case InboxAddResult.Full:
                SlackLog.QueueFull(logger);
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            case InboxAddResult.PartitionFull:
                SlackLog.UserLimited(logger, "click", teamId);
                break;
        }

        return Results.Ok();
    }

    /// <summary>A Home tab button: runs in the user's DM (there is no response_url to answer on).</summary>
    private static async Task<IResult> HomeClickAsync(HttpContext context, JsonObject payload, SlackInbox inbox, string teamId, string userId, JsonObject action, string actionId,
        ILogger<SlackInbox> logger)
    {
        SlackInboxJob? job;
        try
        {
            job = SlackHomeClicks.ToJob(payload, teamId, userId, action, actionId);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            return Results.BadRequest("The action could not be read.");
        }

        return job is null ? Results.Ok() : await AddAsync(context, inbox, teamId, userId, SlackHomeClicks.DeliveryKey(payload), job, "home", logger);
    }

    /// <summary>
    /// "Fill in a form" (the chat's offer in the DM, the Home tab) and "Edit in a form" (a changes-requested notice,
    /// the chat edit's offer, the Home tab): the modal is opened from the inbox with this click's trigger_id; a click
    /// in the DM names the DM, otherwise the worker opens it first. A click always opens, whatever step its value names.
    /// </summary>
    private static async Task<IResult> FormClickAsync(HttpContext context, JsonObject payload, SlackInbox inbox, string teamId, string userId, JsonObject action,
        ILogger<SlackInbox> logger)
    {
        var str = SlackActionMapper.Str;
        if (str(payload["trigger_id"]) is not { } trigger)
        {
            return Results.BadRequest("A form button without trigger_id.");
        }

        UserAction opening;
        try
        {
            opening = SlackInterviewModals.OpenActionFor(SlackActionMapper.Map(action, null, null));
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            return Results.BadRequest("The action could not be read.");
        }

        var channel = str(SlackActionMapper.At(payload, "channel", "id")) ?? str(SlackActionMapper.At(payload, "container", "channel_id"));
        var job = OpenForm(payload, teamId, userId, trigger, channel is not null && channel.StartsWith('D') ? channel : null);
        job = job with { Input = job.Input with { Action = opening } };
        return await AddAsync(context, inbox, teamId, userId, SlackHomeClicks.DeliveryKey(payload), job, "form", logger);
    }

    /// <summary>
    /// The interview's modal closed with a draft saved: the DM carries on at the first unanswered question, as typing
    /// "new" there does. Other closed views (the comment modal, a form never saved) need nothing.
    /// </summary>
    private static async Task<IResult> FormClosedAsync(HttpContext context, JsonObject payload, SlackInbox inbox, IOptionsMonitor<SlackOptions> options, ILogger<SlackInbox> logger)
    {
        var str = SlackActionMapper.Str;
        var teamId = str(SlackActionMapper.At(payload, "team", "id")) ?? str(SlackActionMapper.At(payload, "user", "team_id"));
        var userId = str(SlackActionMapper.At(payload, "user", "id"));
        if (teamId is null || userId is null || !options.CurrentValue.IsTeamAllowed(teamId)
            || payload["view"] is not JsonObject view || str(view["callback_id"]) != SlackInterviewModal.CallbackId
            || SlackInterviewModal.Read(str(view["private_metadata"])) is not { Draft: true } target)
        {
            return Results.Ok();
        }

        var key = SlackInbox.KeyOr("slack-closed", null);
        var input = new SlackTurnInput(teamId, userId, SlackTurnHandler.DirectConversation(teamId, target.DmChannel), key.Replace(':', '-'))
        {
            Text = PartnershipBot.Dialogs.Flows.Partnerships.PartnershipCommands.NewCommand,
            DmChannel = target.DmChannel,
            FallbackName = str(SlackActionMapper.At(payload, "user", "name")),
        };
        return await AddAsync(context, inbox, teamId, userId, key, new DirectTurnJob { Input = input }, "modal", logger);
    }

    private static OpenFormJob OpenForm(JsonObject payload, string teamId, string userId, string trigger, string? dmChannel)
    {
        var str = SlackActionMapper.Str;
        var turnId = SlackHomeClicks.DeliveryKey(payload).Replace(':', '-');
        var conversation = dmChannel is null ? SlackTurnHandler.SlashConversation(teamId, userId) : SlackTurnHandler.DirectConversation(teamId, dmChannel);
        var input = new SlackTurnInput(teamId, userId, conversation, turnId)
        {
            DmChannel = dmChannel,
            FallbackName = str(SlackActionMapper.At(payload, "user", "name")) ?? str(SlackActionMapper.At(payload, "user", "username")),
        };
        return new OpenFormJob { Input = input, TriggerId = trigger };
    }

    /// <summary>
    /// The global shortcut "Plan a collaboration" starts the interview in the DM; the message shortcut "Add to a
    /// collaboration" opens the note picker (or, without a trigger_id, adds the message to the current collaboration);
    /// unknown shortcuts get their 200.
    /// </summary>
    private static async Task<IResult> ShortcutAsync(HttpContext context, JsonObject payload, SlackInbox inbox, IOptionsMonitor<SlackOptions> options,
        SlackResponseUrls responseUrls, SlackUserRateLimiter limiter, SlackNotePicker notes, ILogger<SlackInbox> logger)
    {
        var str = SlackActionMapper.Str;
        var teamId = str(SlackActionMapper.At(payload, "team", "id")) ?? str(SlackActionMapper.At(payload, "user", "team_id"));
        var userId = str(SlackActionMapper.At(payload, "user", "id"));
        if (teamId is null || userId is null)
        {
            return Results.BadRequest("shortcut without team or user.");
        }

        if (!options.CurrentValue.IsTeamAllowed(teamId))
        {
            SlackLog.TeamNotAllowed(logger, teamId);
            return Results.Ok();
        }

        if ((str(payload["type"]), str(payload["callback_id"])) is ("message_action", SlackNoteShortcut.CallbackId) && str(payload["trigger_id"]) is { } noteTrigger)
        {
            if (!limiter.TryAcquire(teamId, userId))
            {
                SlackLog.UserLimited(logger, "shortcut", teamId);
                return Results.Ok();
            }

            return await notes.OpenAsync(payload, teamId, userId, noteTrigger, responseUrls.Allowed(str(payload["response_url"])), context.RequestAborted);
        }

        SlackInboxJob? job = (str(payload["type"]), str(payload["callback_id"])) switch
        {
            ("shortcut", SlackHomeClicks.PlanShortcut) when str(payload["trigger_id"]) is { } trigger => OpenForm(payload, teamId, userId, trigger, dmChannel: null),
            ("shortcut", SlackHomeClicks.PlanShortcut) => SlackHomeClicks.PlanCollaboration(payload, teamId, userId),
            ("message_action", SlackNoteShortcut.CallbackId) => SlackNoteShortcut.ToJob(payload, teamId, userId, responseUrls.Allowed(str(payload["response_url"]))),
            _ => null,
        };
        if (job is null)
        {
            return Results.Ok();
        }

        if (!limiter.TryAcquire(teamId, userId))
        {
            SlackLog.UserLimited(logger, "shortcut", teamId);
            return Results.Ok();
        }

        return await AddAsync(context, inbox, teamId, userId, SlackHomeClicks.DeliveryKey(payload), job, "shortcut", logger);
    }

    private static async Task<IResult> AddAsync(HttpContext context, SlackInbox inbox, string teamId, string userId, string deliveryKey, SlackInboxJob job, string what, ILogger<SlackInbox> logger)
    {
        switch (await inbox.AddAsync(SlackInboxKinds.Interaction, SlackTurnHandler.UserKey(teamId, userId), deliveryKey, job, context.RequestAborted))
        {
            case InboxAddResult.Full:
                SlackLog.QueueFull(logger);
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            case InboxAddResult.PartitionFull:
                SlackLog.UserLimited(logger, what, teamId);
                break;
        }

        return Results.Ok();
    }

    private static async Task<IResult> SubmitViewAsync(HttpContext context, JsonObject payload, IOptionsMonitor<SlackOptions> options, SlackUserRateLimiter limiter,
        SlackApprovalInteractions approvals, SlackFormSubmissions forms, SlackNotePicker notes, ILogger<SlackInbox> logger)
    {
        var str = SlackActionMapper.Str;
        var teamId = str(SlackActionMapper.At(payload, "team", "id")) ?? str(SlackActionMapper.At(payload, "user", "team_id"));
        var userId = str(SlackActionMapper.At(payload, "user", "id"));
        if (teamId is null || userId is null)
        {
            return Results.BadRequest("view_submission without team or user.");
        }

        if (!options.CurrentValue.IsTeamAllowed(teamId))
        {
            SlackLog.TeamNotAllowed(logger, teamId);
            return Results.Ok();
        }

        var form = payload["view"] is JsonObject view && SlackInterviewModal.IsForm(str(view["callback_id"])) ? view : null;
        var picker = payload["view"] is JsonObject noteView && str(noteView["callback_id"]) == SlackNoteModal.CallbackId ? noteView : null;
        if (!limiter.TryAcquire(teamId, userId))
        {
            SlackLog.UserLimited(logger, "modal", teamId);
            var culture = await context.RequestServices.GetRequiredService<SlackUserCulture>().GetAsync(SlackTurnHandler.UserKey(teamId, userId), context.RequestAborted);
            return form is not null ? SlackFormSubmissions.Refuse(form, Say.FormBusy.Plain(culture))
                : picker is not null ? SlackNotePicker.Errors(SlackNoteModal.TextBlock, Say.NoteBusy.Plain(culture))
                : SlackApprovalInteractions.Busy(culture);
        }

        if (form is not null)
        {
            return await forms.SubmitAsync(payload, form, teamId, userId, context.RequestAborted);
        }

        if (picker is not null)
        {
            return await notes.SubmitAsync(payload, picker, teamId, userId, context.RequestAborted);
        }

        return await approvals.SubmitAsync(payload, teamId, userId, context.RequestAborted);
    }
}
