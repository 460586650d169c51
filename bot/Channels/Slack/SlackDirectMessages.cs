using System.Text.Json.Nodes;
using PartnershipBot.Turns;

namespace PartnershipBot.Channels.Slack;

/// <summary>Work that moves a user into their DM with the bot: "/partnership new" and channel mentions.</summary>
public sealed class SlackDirectMessages(SlackApiClient api, SlackTurnHandler turns, ILogger<SlackDirectMessages> logger)
{
    public async Task StartNewReviewAsync(SlackTurnInput input, Uri responseUrl, TurnDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var opened = await api.OpenConversationAsync(input.UserId, cancellationToken);
        var dm = opened.Get("channel", "id");
        if (!opened.Ok || dm is null)
        {
            var reason = opened.Error == SlackApiClient.Unreachable ? "Slack could not be reached" : $"Slack said `{opened.Error ?? "no channel"}`";
            await api.PostToResponseUrlAsync(responseUrl, new SlackMessage(
                $"I couldn't open a direct message with you ({reason}). Please try again, or ask your Slack admin to check the app's im:write scope.", []),
                replaceOriginal: false, cancellationToken);
            return;
        }

        var direct = input with
        {
            Conversation = SlackTurnHandler.DirectConversation(input.TeamId, dm),
            DmChannel = dm,
        };
        await turns.RunAsync(direct, SlackReplyTarget.ToChannel(dm), delivery, cancellationToken);
    }

    /// <summary>
    /// A turn from outside the DM that has no response_url to answer on (a Home tab button, a global shortcut): it runs
    /// in the DM, which is opened first. When it cannot be opened there is nobody to tell but the log.
    /// </summary>
    public async Task RunInDirectMessageAsync(SlackTurnInput input, TurnDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var opened = await api.OpenConversationAsync(input.UserId, cancellationToken);
        if (!opened.Ok || opened.Get("channel", "id") is not { } dm)
        {
            SlackLog.DirectMessageUnavailable(logger, opened.Error ?? "no channel");
            return;
        }

        var direct = input with { Conversation = SlackTurnHandler.DirectConversation(input.TeamId, dm), DmChannel = dm };
        await turns.RunAsync(direct, SlackReplyTarget.ToChannel(dm), delivery, cancellationToken);
    }

    /// <summary>
    /// Partnership details are confidential, so a mention in a channel is answered in its thread with a
    /// pointer to the DM rather than by running the review in public. Retries are dropped at the inbox.
    /// </summary>
    public async Task AnswerMentionAsync(string channel, string threadTs, string? appId, string teamId, CancellationToken cancellationToken)
    {
        var link = appId is null ? "a direct message with me" : $"<slack://app?team={teamId}&id={appId}&tab=messages|a direct message with me>";
        var text = $"Hi! Partnership plans can be confidential, so let's talk in {link}. There you can type *help*, or use `/partnership new` to start a review.";
        await api.PostMessageAsync(channel, new SlackMessage(text, new JsonArray([.. SlackBlocks.Sections(text)])), threadTs, cancellationToken);
    }
}
