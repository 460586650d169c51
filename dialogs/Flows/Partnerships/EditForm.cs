using PartnershipBot.Dialogs.Engine;
using System.Globalization;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>
/// A submitted collaboration's answers as a form of a few pages (a Teams dialog), the chat's <c>edit</c> in another
/// shape (a Teams dialog, a Slack modal): prefilled, each page read by the chat's own prompts and checked by the interview's rules (the same
/// <see cref="InterviewForm.Read"/>), the changes kept in the conversation (<see cref="EditFormState"/>) and saved
/// only by the last page's Submit, which submits as the chat's edit does (a new review round).
/// </summary>
internal static class EditForm
{
    private const string KeptKeyPrefix = "partnership.form.edit.";

    public static DialogTurnResult Handle(CommandInvocation i, GuidancePack pack)
    {
        var context = i.Context;
        var action = context.Turn.Action!;
        if (!ChannelIds.HasForms(context.Turn.User.Channel))
        {
            i.Step.Say(T.FormEditOnlyWithForms.In(context.Culture));
            return i.Step.End();
        }

        if (!Guid.TryParseExact(action[PartnershipCards.CollaborationValue] ?? "", "N", out var id)
            || PartnershipCommands.Workspace(context).ById(id) is not { } collaboration)
        {
            i.Step.Say(T.FormNotYours.In(context.Culture));
            return i.Step.End();
        }

        FormTakeover.Acknowledge(context, collaboration.Id);
        if (collaboration.Status == CollaborationStatus.Draft)
        {
            i.Step.Say(T.FormEditStillDraft.Format(context.Culture, collaboration.Title));
            return i.Step.End();
        }

        if (collaboration.Status == CollaborationStatus.Closed)
        {
            i.Step.Say(T.FormEditClosed.Format(context.Culture, collaboration.Title));
            return i.Step.End();
        }

        context.SetValue(PartnershipCommands.CurrentKey, collaboration.Id);
        var (answers, carried) = Kept(context, collaboration);
        var start = InterviewForm.Index(pack, action[CardIds.FormStart]);
        switch (action[CardIds.FormStep])
        {
            case CardIds.FormBack when start >= 0:
                context.Reply(Page(pack, collaboration, answers, InterviewForm.PreviousStart(pack, answers, start), values: null, errors: null, context.Culture));
                break;
            case CardIds.FormNext when start >= 0:
                Next(pack, context, collaboration, answers, start, action);
                break;
            default:
                context.Reply(Page(pack, collaboration, answers, 0, values: null, errors: null, context.Culture) with
                {
                    Intro = (carried ? T.FormEditCarriedOn : T.FormEditOpened).In(context.Culture).Value,
                });
                break;
        }

        return i.Step.End();
    }

    /// <summary>Keeps <paramref name="answers"/> as the not yet submitted changes of <paramref name="collaboration"/>.</summary>
    public static void Keep(DialogContext context, CollaborationRecord collaboration, Answers answers) =>
        context.SetValue(KeptKeyPrefix + collaboration.Id.ToString("N"), new EditFormState(answers, collaboration.SubmittedAt));

    /// <summary>Channels with forms (a Teams dialog, a Slack modal): the button that opens this form on <paramref name="collaboration"/>.</summary>
    public static void Offer(DialogContext context, CollaborationRecord collaboration)
    {
        if (ChannelIds.HasForms(context.Turn.User.Channel))
        {
            context.Reply(new CardReply(new Card
            {
                Title = T.FormEditOfferTitle.In(context.Culture),
                Text = T.FormEditOfferText.In(context.Culture),
                Actions = [new CardAction(CardIds.EditForm, T.FormEditButton.In(context.Culture).Value, new Dictionary<string, string> { [PartnershipCards.CollaborationValue] = collaboration.Id.ToString("N") })],
            }));
        }
    }

    /// <summary>
    /// The answers the form works on: the chat edit of this collaboration the form's button ended, else the changes
    /// kept from an earlier form (unless the collaboration was submitted again since), else the submitted answers.
    /// </summary>
    private static (Answers Answers, bool Carried) Kept(DialogContext context, CollaborationRecord collaboration)
    {
        if (FormTakeover.LeftReview(context) is { SubmittedChecklist: not null } left && left.Id == collaboration.Id)
        {
            Keep(context, collaboration, left.Answers);
            return (left.Answers, true);
        }

        return context.TryGetValue<EditFormState>(KeptKeyPrefix + collaboration.Id.ToString("N"), out var kept)
            && kept is not null && kept.BaseSubmittedAt == collaboration.SubmittedAt
            ? (kept.Answers, true)
            : (collaboration.Answers, false);
    }

    private static void Next(GuidancePack pack, DialogContext context, CollaborationRecord collaboration, Answers before, int start, UserAction action)
    {
        var questions = InterviewForm.Questions(pack, before, start);
        var answers = before;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new Dictionary<string, MarkdownText>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            var raw = action[CardIds.FormFieldPrefix + question.Id]?.Trim() ?? "";
            values[question.Id] = raw;
            if (raw.Length == 0)
            {
                errors[question.Id] = T.FormAnswerRequired.In(context.Culture);
                continue;
            }

            var (read, error) = InterviewForm.Read(pack, context, question, answers, raw);
            if (error is not null)
            {
                errors[question.Id] = error;
                continue;
            }

            answers = answers.With(question.Id, read);
        }

        if (errors.Count > 0)
        {
            // Nothing of a refused page is kept: it comes back with the values as typed and the reasons.
            context.Reply(Page(pack, collaboration, before, start, values, errors, context.Culture));
            return;
        }

        answers = ReviewDialog.Prune(pack, answers);
        var last = questions.Count == 0 ? start : InterviewForm.Index(pack, questions[^1].Id);
        var unanswered = ReviewDialog.FirstUnanswered(pack, answers) is { } first ? InterviewForm.Index(pack, first) : -1;
        var following = NextApplying(pack, answers, last);
        if (unanswered >= 0 || following >= 0)
        {
            // A changed answer can bring in new questions (international scope): they come first.
            Keep(context, collaboration, answers);
            context.Reply(Page(pack, collaboration, answers, unanswered >= 0 && (following < 0 || unanswered <= last) ? unanswered : following, values: null, errors: null, context.Culture));
            return;
        }

        context.SetValue<EditFormState?>(KeptKeyPrefix + collaboration.Id.ToString("N"), null);
        ReviewDialog.Submit(pack, context, new ReviewState { Id = collaboration.Id, Answers = answers, SubmittedChecklist = collaboration.Checklist });
    }

    /// <summary>The pack position of the first question after <paramref name="after"/> that applies, or -1.</summary>
    private static int NextApplying(GuidancePack pack, Answers answers, int after)
    {
        for (var n = after + 1; n < pack.Questions.Count; n++)
        {
            if (pack.Questions[n].AppliesTo(answers))
            {
                return n;
            }
        }

        return -1;
    }

    private static FormPageReply Page(GuidancePack pack, CollaborationRecord collaboration, Answers answers, int start, Dictionary<string, string>? values, Dictionary<string, MarkdownText>? errors, CultureInfo culture)
    {
        var questions = InterviewForm.Questions(pack, answers, start);
        var fields = questions.ConvertAll(q => InterviewForm.Field(pack, answers, q, values, errors, culture));

        var last = questions.Count == 0 ? start : InterviewForm.Index(pack, questions[^1].Id);
        var total = pack.Questions.Count(q => q.AppliesTo(answers));
        return new FormPageReply(T.FormEditTitle.Format(culture, collaboration.Title), fields)
        {
            FormId = CardIds.EditForm,
            Intro = (errors is { Count: > 0 }
                ? T.FormNeedsAnotherLook.In(culture)
                : T.FormEditPageIntro.Format(culture, InterviewForm.Number(pack, answers, questions.FirstOrDefault()?.Id ?? ""), InterviewForm.Number(pack, answers, questions.LastOrDefault()?.Id ?? ""), total)).Value,
            Values = new Dictionary<string, string>
            {
                [PartnershipCards.CollaborationValue] = collaboration.Id.ToString("N"),
                [CardIds.FormStart] = questions.Count > 0 ? questions[0].Id : "",
            },
            CanGoBack = InterviewForm.PreviousStart(pack, answers, start) < start,
            IsLast = NextApplying(pack, answers, last) < 0 && ReviewDialog.FirstUnanswered(pack, answers) is null,
        };
    }
}
