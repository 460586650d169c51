using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PartnershipBot.Texts;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// A submitted page of the interview's modal, between Slack's request and the inbox: the page is written to the inbox
/// (so nothing acknowledged is lost) and the request waits up to <see cref="SlackOptions.ModalAnswerWait"/> for the
/// worker to save it and hand back the answer (the next page, the refusals keyed by block id, the end). When the
/// worker is later than that, Slack gets "saving…" and the worker updates the modal itself (views.update) when done:
/// whichever side takes the rendezvous first decides who answers, so an answer is never given twice or lost.
/// </summary>
public sealed class SlackFormSubmissions(SlackInbox inbox, IOptionsMonitor<SlackOptions> options, SlackUserCulture cultures, ILogger<SlackFormSubmissions> logger)
{

    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonObject>> waiting = new(StringComparer.Ordinal);

    public async Task<IResult> SubmitAsync(JsonObject payload, JsonObject view, string teamId, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(view);
        var str = SlackActionMapper.Str;
        var viewId = str(view["id"]);
        if (SlackInterviewModal.Read(str(view["private_metadata"])) is not { } target || viewId is null)
        {
            return Results.BadRequest("The modal's metadata could not be read.");
        }

        var deliveryKey = SlackInbox.KeyOr("slack-view", str(payload["trigger_id"]));
        var input = new SlackTurnInput(teamId, userId, SlackTurnHandler.DirectConversation(teamId, target.DmChannel), deliveryKey.Replace(':', '-'))
        {
            Action = SlackInterviewModal.Submitted(view, target.Values),
            DmChannel = target.DmChannel,
            FallbackName = str(SlackActionMapper.At(payload, "user", "name")) ?? str(SlackActionMapper.At(payload, "user", "username")),
        };

        // The user's language for this request's own answers ("saving…", busy); the turn's replies have the turn's.
        var culture = await cultures.GetAsync(SlackTurnHandler.UserKey(teamId, userId), cancellationToken);
        var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        waiting[deliveryKey] = answer;
        var added = await inbox.AddAsync(SlackInboxKinds.Interaction, SlackTurnHandler.UserKey(teamId, userId), deliveryKey, new FormPageJob { Input = input, ViewId = viewId }, cancellationToken);
        if (added is not InboxAddResult.Added)
        {
            waiting.TryRemove(deliveryKey, out _);
            if (added is InboxAddResult.Duplicate)
            {
                return Results.Json(Update(SlackInterviewModal.Message(Say.FormSaving.In(culture).Value, culture)));
            }

            SlackLog.UserLimited(logger, "modal", teamId);
            return Refuse(view, Say.FormBusy.Plain(culture));
        }

        try
        {
            return Results.Json(await answer.Task.WaitAsync(options.CurrentValue.ModalAnswerWait, cancellationToken));
        }
        catch (TimeoutException)
        {
            // The worker answers with views.update unless it handed its answer over just now.
            return waiting.TryRemove(new KeyValuePair<string, TaskCompletionSource<JsonObject>>(deliveryKey, answer))
                ? Results.Json(Update(SlackInterviewModal.Message(Say.FormSaving.In(culture).Value, culture)))
                : Results.Json(await answer.Task);
        }
        finally
        {
            waiting.TryRemove(new KeyValuePair<string, TaskCompletionSource<JsonObject>>(deliveryKey, answer));
        }
    }

    /// <summary>The worker's answer to a waiting view_submission; false when nobody waits (too late, another instance, a restart).</summary>
    public bool TryAnswer(string? deliveryKey, JsonObject response)
    {
        if (deliveryKey is null || !waiting.TryRemove(deliveryKey, out var answer))
        {
            return false;
        }

        answer.TrySetResult(response);
        return true;
    }

    /// <summary>The page stays open with <paramref name="text"/> under its first input (the modal's errors need a block).</summary>
    public static IResult Refuse(JsonObject view, string text) => SlackInterviewModal.FirstInputBlock(view) is { } block
        ? Results.Json(new JsonObject { ["response_action"] = "errors", ["errors"] = new JsonObject { [block] = text } })
        : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);

    public static JsonObject Update(JsonObject view) => new() { ["response_action"] = "update", ["view"] = view };
}
