using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Texts;
using PartnershipBot.Turns;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// The interview's modal, run from the inbox: opening it and each submitted page are turns of the user's DM
/// conversation through the turn processor (state, audit and the safety check apply as to a typed answer; the page is
/// saved as a draft as the chat saves an answer), with the form page going to the modal and the rest to the DM.
/// </summary>
public sealed partial class SlackInterviewModals(SlackTurnHandler turns, SlackApiClient api, SlackFormSubmissions submissions, SlackBlockKitRenderer renderer,
    SlackUserCulture cultures, ILogger<SlackInterviewModals> logger)
{
    /// <summary>What a "Fill in a form" button carries (the chat's offer renders the same).</summary>
    public static UserAction OpenAction() => new(CardIds.InterviewForm, new Dictionary<string, string> { [CardIds.FormStep] = CardIds.FormOpen });

    /// <summary>
    /// The opening of the form a clicked button names: an edit keeps only its collaboration (the dialogs check it is
    /// the user's), anything else opens the interview's form.
    /// </summary>
    public static UserAction OpenActionFor(UserAction clicked)
    {
        ArgumentNullException.ThrowIfNull(clicked);
        return clicked.Id == CardIds.EditForm
            ? new UserAction(CardIds.EditForm, new Dictionary<string, string>
            {
                [CardIds.FormStep] = CardIds.FormOpen,
                [PartnershipCards.CollaborationValue] = clicked[PartnershipCards.CollaborationValue] ?? "",
            })
            : OpenAction();
    }

    public async Task OpenAsync(OpenFormJob job, TurnDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var dm = job.Input.DmChannel;
        if (dm is null)
        {
            var opened = await api.OpenConversationAsync(job.Input.UserId, cancellationToken);
            dm = opened.Ok ? opened.Get("channel", "id") : null;
            if (dm is null)
            {
                SlackLog.DirectMessageUnavailable(logger, opened.Error ?? "no channel");
                return;
            }
        }

        // Rows written before edits had modals carry no action: those open the interview.
        var opening = job.Input.Action is { } clicked ? OpenActionFor(clicked) : OpenAction();
        var input = job.Input with { Conversation = SlackTurnHandler.DirectConversation(job.Input.TeamId, dm), DmChannel = dm, Action = opening };
        await turns.RunAsync(input, SlackReplyTarget.ToChannel(dm), delivery, poster => new SlackModalReplySender(poster, async (page, _, culture) =>
        {
            if (page is null)
            {
                // The turn said why in the DM (a failure, or no form here).
                return;
            }

            var shown = await api.OpenViewAsync(job.TriggerId, SlackInterviewModal.View(page, dm, culture), cancellationToken);
            if (!shown.Ok)
            {
                // Slack honours a trigger_id for 3 seconds; a late or refused open is said in the DM, with the button again.
                SlackLog.ModalNotOpened(logger, shown.Error ?? "unknown");
                var edit = opening.Id == CardIds.EditForm;
                await api.PostMessageAsync(dm, renderer.Render(new CardReply(new Card
                {
                    Title = Say.FormDidNotOpen.In(culture),
                    Text = (edit ? Say.FormNotOpenedEdit : Say.FormNotOpenedNew).In(culture),
                    Actions = [new CardAction(opening.Id, (edit ? Say.CardEditInAForm : Say.CardFillInAForm).Plain(culture), opening.Values)],
                }), culture), threadTs: null, cancellationToken);
            }
        }), cancellationToken);
    }

    public async Task SubmitAsync(FormPageJob job, TurnDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(delivery);
        var dm = job.Input.DmChannel!;
        SlackModalReplySender? sender = null;
        await turns.RunAsync(job.Input, SlackReplyTarget.ToChannel(dm), delivery, poster => sender = new SlackModalReplySender(poster,
            (page, firstText, culture) => AnswerAsync(job, delivery.Key, page, firstText, dm, culture, cancellationToken)), cancellationToken);
        if (sender is { Sent: false })
        {
            // A delivery already applied (its replies were resent from the stored outbox): the answers are saved.
            var culture = await cultures.GetAsync(SlackTurnHandler.UserKey(job.Input.TeamId, job.Input.UserId), cancellationToken);
            await AnswerAsync(job, delivery.Key, page: null, Say.FormAnswersSaved.In(culture).Value, dm, culture, cancellationToken);
        }
    }

    /// <summary>To the waiting view_submission when it still waits, else to the open modal with views.update.</summary>
    private async Task AnswerAsync(FormPageJob job, string? deliveryKey, FormPageReply? page, string? firstText, string dm, CultureInfo culture, CancellationToken cancellationToken)
    {
        JsonObject response;
        if (page is not null && SlackInterviewModal.HasErrors(page))
        {
            response = SlackInterviewModal.Errors(page);
        }
        else
        {
            var view = page is not null ? SlackInterviewModal.View(page, dm, culture) : Ended(job, firstText, culture);
            response = SlackFormSubmissions.Update(view);
        }

        if (submissions.TryAnswer(deliveryKey, response))
        {
            return;
        }

        var late = page is not null ? SlackInterviewModal.View(page, dm, culture, inlineErrors: true) : Ended(job, firstText, culture);
        var updated = await api.UpdateViewAsync(job.ViewId, late, cancellationToken);
        if (!updated.Ok)
        {
            // Closed meanwhile (not_found): the answers are saved and the chat carries on; nothing else to do.
            SlackLog.ModalNotUpdated(logger, updated.Error ?? "unknown");
        }
    }

    private static JsonObject Ended(FormPageJob job, string? firstText, CultureInfo culture) =>
        SlackInterviewModal.Message(Closing(firstText, culture), culture, Say.CardDoneButton, job.Input.Action?.Id == CardIds.EditForm ? Say.FormEditTitle : Say.FormPlanTitle);

    private static string Closing(string? firstText, CultureInfo culture) => firstText switch
    {
        { Length: > 0 } text when Says(text, T.ReviewSubmitted, culture) => $"{text}\n\n{Say.FormSubmitted.In(culture)}",
        // An edit's last page: the chat's words for a resubmission, and where its assessment and review line went.
        { Length: > 0 } text when Says(text, T.ReviewResubmitted, culture) => $"{text}\n\n{Say.FormResubmitted.In(culture)}",
        _ => firstText ?? Say.FormSubmitted.In(culture).Value,
    };

    /// <summary>Whether the chat's first line starts as <paramref name="text"/> does in the turn's language, whatever title fills it.</summary>
    private static bool Says(string line, LocalText text, CultureInfo culture)
    {
        var template = text.In(culture).Value;
        var pattern = "^" + string.Join(".*", PlaceholderPattern().Split(template).Select(Regex.Escape));
        return Regex.IsMatch(line, pattern, RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
