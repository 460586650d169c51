using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PartnershipBot.Approvals;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Texts;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// Clicks on a review card and the submitted comment modal. Approve goes to the durable inbox and decides there;
/// Request changes and Reject must open their modal with the click's trigger_id, which Slack honours for 3 seconds
/// only, so that happens while the request is handled, after a dry run of the decision without its comment (the
/// core answers CommentRequired only when every other rule passes, and stores nothing). A refusal reaches the
/// clicker as an ephemeral message (through the inbox and the click's response_url) or as the modal's error.
/// </summary>
public sealed class SlackApprovalInteractions(
    ApprovalService approvals,
    ApprovalQueries queries,
    IOptionsMonitor<ApprovalOptions> options,
    SlackApiClient api,
    SlackInbox inbox,
    SlackUserCulture cultures,
    ILogger<SlackInbox> logger)
{
    public async Task<IResult> ClickAsync(JsonObject payload, string teamId, string userId, JsonObject action, string actionId, Uri? responseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(action);
        var str = SlackActionMapper.Str;
        if (SlackApprovalActions.Decision(actionId) is not { } decision || SlackApprovalActions.Read(str(action["value"])) is not { } target)
        {
            return Results.BadRequest("The review button could not be read.");
        }

        var actor = Actor(payload, teamId, userId);
        var partition = SlackTurnHandler.UserKey(teamId, userId);
        var deliveryKey = SlackInbox.KeyOr("slack-act", str(payload["trigger_id"]));
        if (decision == ApprovalDecision.Approve)
        {
            var job = new ApprovalClickJob { CollaborationId = target.CollaborationId, Round = target.Round, Actor = actor, ResponseUrl = responseUrl };
            return await AddAsync(partition, deliveryKey, job, cancellationToken);
        }

        if (await approvals.CheckAsync(target.CollaborationId, target.Round, actor, cancellationToken) is { } refused)
        {
            return await NoticeAsync(responseUrl, partition, deliveryKey, refused.Describe(await cultures.GetAsync(partition, cancellationToken)), cancellationToken);
        }

        // The modal is the clicker's, in their language (the review card itself is the channel's).
        var culture = await cultures.GetAsync(partition, cancellationToken);
        var review = await queries.ReviewAsync(target.CollaborationId, target.Round, cancellationToken);
        var view = SlackApprovalModal.View(target.CollaborationId, target.Round, decision,
            review?.Collaboration.Title ?? Say.ApprovalThisCollaboration.Plain(culture), review?.OwnerName ?? Say.ApprovalTheOwner.Plain(culture), culture);
        var opened = str(payload["trigger_id"]) is { } trigger ? await api.OpenViewAsync(trigger, view, cancellationToken) : null;
        if (opened is { Ok: true })
        {
            return Results.Ok();
        }

        var reason = opened?.Error ?? "no trigger_id";
        return await NoticeAsync(responseUrl, partition, deliveryKey, SlackMrkdwn.ToPlain(Say.ApprovalFormNotOpened.Format(culture, reason)), cancellationToken);
    }

    /// <summary>
    /// The comment modal submitted: answered within Slack's 3 seconds with the modal's errors (an empty comment, or
    /// a refusal such as another reviewer having decided meanwhile) or an empty 200 that closes it once decided.
    /// </summary>
    public async Task<IResult> SubmitAsync(JsonObject payload, string teamId, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload["view"] is not JsonObject view || SlackActionMapper.Str(view["callback_id"]) != SlackApprovalModal.CallbackId)
        {
            // Not a view this app opened: closing it is all Slack needs.
            return Results.Ok();
        }

        if (SlackApprovalModal.Read(SlackActionMapper.Str(view["private_metadata"])) is not { } target)
        {
            return Results.BadRequest("The modal's metadata could not be read.");
        }

        var comment = SlackApprovalModal.Comment(view);
        if (string.IsNullOrWhiteSpace(comment))
        {
            return Errors(Say.ApprovalEmptyComment.Plain(await cultures.GetAsync(SlackTurnHandler.UserKey(teamId, userId), cancellationToken)));
        }

        var outcome = await approvals.DecideAsync(target.CollaborationId, target.Round, target.Decision, Actor(payload, teamId, userId), comment, cancellationToken);
        return outcome.IsDecided ? Results.Ok() : Errors(outcome.Describe(await cultures.GetAsync(SlackTurnHandler.UserKey(teamId, userId), cancellationToken)));
    }

    /// <summary>Too many requests from one user: the modal stays open and says so.</summary>
    public static IResult Busy(CultureInfo culture) => Errors(Say.ApprovalBusy.Plain(culture));

    /// <summary>The inbox's Approve: decides, and tells the clicker the outcome (the card itself changes with chat.update).</summary>
    internal async Task ApproveAsync(ApprovalClickJob job, CancellationToken cancellationToken)
    {
        var outcome = await approvals.DecideAsync(job.CollaborationId, job.Round, ApprovalDecision.Approve, job.Actor, comment: null, cancellationToken);
        if (job.ResponseUrl is { } url)
        {
            var culture = job.Actor.SlackUserId is { } key ? await cultures.GetAsync(key, cancellationToken) : Languages.English;
            await api.PostToResponseUrlAsync(url, new SlackMessage(outcome.Describe(culture), []), replaceOriginal: false, cancellationToken);
        }
    }

    private static IResult Errors(string text) => Results.Json(new JsonObject
    {
        ["response_action"] = "errors",
        ["errors"] = new JsonObject { [SlackApprovalModal.CommentBlock] = text },
    });

    /// <summary>
    /// The decider's name for the audit trail and the card: the configured reviewer's name, as compliance wrote it,
    /// else the Slack name in the payload (a non-reviewer is refused anyway).
    /// </summary>
    private ApprovalActor Actor(JsonObject payload, string teamId, string userId)
    {
        var key = SlackTurnHandler.UserKey(teamId, userId);
        var configured = options.CurrentValue.Reviewers.FirstOrDefault(r => string.Equals(r.Slack, key, StringComparison.Ordinal))?.Name;
        var name = configured is { Length: > 0 } ? configured
            : SlackActionMapper.Str(SlackActionMapper.At(payload, "user", "name")) ?? SlackActionMapper.Str(SlackActionMapper.At(payload, "user", "username")) ?? userId;
        return SlackApprovalActions.Actor(teamId, userId, name);
    }

    private async Task<IResult> NoticeAsync(Uri? responseUrl, string partition, string deliveryKey, string text, CancellationToken cancellationToken)
    {
        if (responseUrl is null)
        {
            return Results.Ok();
        }

        return await AddAsync(partition, deliveryKey, new NoticeJob { ResponseUrl = responseUrl, Text = text }, cancellationToken);
    }

    private async Task<IResult> AddAsync(string partition, string deliveryKey, SlackInboxJob job, CancellationToken cancellationToken)
    {
        switch (await inbox.AddAsync(SlackInboxKinds.Interaction, partition, deliveryKey, job, cancellationToken))
        {
            case InboxAddResult.Full:
                SlackLog.QueueFull(logger);
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            case InboxAddResult.PartitionFull:
                SlackLog.UserLimited(logger, "click", partition.Split(':')[0]);
                break;
        }

        return Results.Ok();
    }
}
