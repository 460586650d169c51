using System.Text.Json.Nodes;
using PartnershipBot.Texts;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// The message shortcut's picker, both ends. Opening happens while Slack's request is handled, because its trigger_id
/// is honoured for 3 seconds only; the list comes from the workspace snapshot a turn of the user reads
/// (<see cref="SlackHome.WorkspaceAsync"/>). The submission is answered at once (the modal closes) and the note goes to
/// the inbox as a turn, whose answer reaches the user where the shortcut was used.
/// </summary>
public sealed class SlackNotePicker(SlackHome home, SlackApiClient api, SlackInbox inbox, SlackResponseUrls responseUrls, SlackUserCulture cultures, ILogger<SlackNotePicker> logger)
{
    public async Task<IResult> OpenAsync(JsonObject payload, string teamId, string userId, string triggerId, Uri? responseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var key = SlackTurnHandler.UserKey(teamId, userId);
        var workspace = await home.WorkspaceAsync(key, cancellationToken);
        var culture = await cultures.GetAsync(key, cancellationToken);
        var view = SlackNoteModal.View(workspace, SlackNoteShortcut.MessageText(payload), responseUrl, culture);
        var opened = await api.OpenViewAsync(triggerId, view, cancellationToken);
        if (opened.Ok || responseUrl is null)
        {
            return Results.Ok();
        }

        var notice = new NoticeJob { ResponseUrl = responseUrl, Text = SlackMrkdwn.ToPlain(Say.NoteNotOpened.Format(culture, opened.Error ?? "nothing")) };
        return await AddAsync(teamId, userId, SlackHomeClicks.DeliveryKey(payload), notice, cancellationToken) is InboxAddResult.Full
            ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable)
            : Results.Ok();
    }

    /// <summary>
    /// The picker submitted: an empty text or no choice keeps the modal open with the reason; otherwise the note's turn
    /// is in the inbox and the modal closes. The chosen id is not checked here but in the dialogs, which know the user's
    /// collaborations as the turn sees them.
    /// </summary>
    public async Task<IResult> SubmitAsync(JsonObject payload, JsonObject view, string teamId, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(view);
        var (chosen, text) = SlackNoteModal.Submitted(view);
        if (text.Length == 0 || string.IsNullOrEmpty(chosen))
        {
            var culture = await cultures.GetAsync(SlackTurnHandler.UserKey(teamId, userId), cancellationToken);
            return text.Length == 0
                ? Errors(SlackNoteModal.TextBlock, Say.NoteEmptyText.Plain(culture))
                : Errors(SlackNoteModal.CollaborationBlock, Say.NoteNoChoice.Plain(culture));
        }

        // The metadata came back from Slack; its response_url is held to the same hosts as one in a payload.
        var responseUrl = responseUrls.Allowed(SlackNoteModal.ResponseUrl(SlackActionMapper.Str(view["private_metadata"]))?.AbsoluteUri);
        var job = SlackNoteShortcut.ToJob(payload, teamId, userId, text, chosen, responseUrl);
        switch (await AddAsync(teamId, userId, SlackHomeClicks.DeliveryKey(payload), job, cancellationToken))
        {
            case InboxAddResult.Full:
            case InboxAddResult.PartitionFull:
                SlackLog.UserLimited(logger, "modal", teamId);
                return Errors(SlackNoteModal.TextBlock, Say.NoteBusy.Plain(await cultures.GetAsync(SlackTurnHandler.UserKey(teamId, userId), cancellationToken)));
            default:
                return Results.Ok();
        }
    }

    /// <summary>The picker stays open with <paramref name="text"/> under the block <paramref name="block"/>.</summary>
    public static IResult Errors(string block, string text) => Results.Json(new JsonObject
    {
        ["response_action"] = "errors",
        ["errors"] = new JsonObject { [block] = text },
    });

    private Task<InboxAddResult> AddAsync(string teamId, string userId, string deliveryKey, SlackInboxJob job, CancellationToken cancellationToken) =>
        inbox.AddAsync(SlackInboxKinds.Interaction, SlackTurnHandler.UserKey(teamId, userId), deliveryKey, job, cancellationToken);
}
