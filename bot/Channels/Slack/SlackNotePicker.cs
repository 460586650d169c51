using System.Text.Json.Nodes;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// The message shortcut's picker, both ends. Opening happens while Slack's request is handled, because its trigger_id
/// is honoured for 3 seconds only; the list comes from the workspace snapshot a turn of the user reads
/// (<see cref="SlackHome.WorkspaceAsync"/>). The submission is answered at once (the modal closes) and the note goes to
/// the inbox as a turn, whose answer reaches the user where the shortcut was used.
/// </summary>
public sealed class SlackNotePicker(SlackHome home, SlackApiClient api, SlackInbox inbox, SlackResponseUrls responseUrls, ILogger<SlackNotePicker> logger)
{
    public const string EmptyText = "Please write the note: there is no text to add.";
    public const string NoChoice = "Please pick the collaboration the note belongs to.";
    public const string Busy = "I'm very busy right now: please press Add note again in a minute.";

    public async Task<IResult> OpenAsync(JsonObject payload, string teamId, string userId, string triggerId, Uri? responseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var workspace = await home.WorkspaceAsync(SlackTurnHandler.UserKey(teamId, userId), cancellationToken);
        var view = SlackNoteModal.View(workspace, SlackNoteShortcut.MessageText(payload), responseUrl);
        var opened = await api.OpenViewAsync(triggerId, view, cancellationToken);
        if (opened.Ok || responseUrl is null)
        {
            return Results.Ok();
        }

        var notice = new NoticeJob { ResponseUrl = responseUrl, Text = $"I couldn't open the note form (Slack said {opened.Error ?? "nothing"}). Please use the shortcut again. Nothing was added." };
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
        if (text.Length == 0)
        {
            return Errors(SlackNoteModal.TextBlock, EmptyText);
        }

        if (string.IsNullOrEmpty(chosen))
        {
            return Errors(SlackNoteModal.CollaborationBlock, NoChoice);
        }

        // The metadata came back from Slack; its response_url is held to the same hosts as one in a payload.
        var responseUrl = responseUrls.Allowed(SlackNoteModal.ResponseUrl(SlackActionMapper.Str(view["private_metadata"]))?.AbsoluteUri);
        var job = SlackNoteShortcut.ToJob(payload, teamId, userId, text, chosen, responseUrl);
        switch (await AddAsync(teamId, userId, SlackHomeClicks.DeliveryKey(payload), job, cancellationToken))
        {
            case InboxAddResult.Full:
            case InboxAddResult.PartitionFull:
                SlackLog.UserLimited(logger, "modal", teamId);
                return Errors(SlackNoteModal.TextBlock, Busy);
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
