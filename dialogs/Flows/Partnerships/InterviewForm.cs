using PartnershipBot.Dialogs.Engine;
using System.Globalization;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>
/// The interview as a form of a few pages (a Teams dialog): the pack's questions that apply to the answers so far,
/// <see cref="PageSize"/> at a time, each page checked by the chat's own prompts and rules and saved as the chat
/// saves an answer (the draft through <see cref="SaveCollaboration"/>). It works on the same draft as <c>new</c>,
/// so a form closed halfway carries on in the chat, and the last page submits as <c>submit</c> does.
/// </summary>
internal static class InterviewForm
{
    public const int PageSize = 5;

    public static DialogTurnResult Handle(CommandInvocation i, GuidancePack pack)
    {
        var context = i.Context;
        var action = context.Turn.Action!;
        if (!ChannelIds.HasForms(context.Turn.User.Channel))
        {
            // Only Teams (a dialog) and Slack (a modal) render a form page; elsewhere the interview is the chat's.
            i.Step.Say(T.FormInterviewOnlyWithForms.In(context.Culture));
            return i.Step.End();
        }

        FormTakeover.Acknowledge(context, editing: null);
        var workspace = PartnershipCommands.Workspace(context);
        var draft = workspace.Collaborations.LastOrDefault(c => c.Status == CollaborationStatus.Draft);
        var state = new ReviewState { Id = draft?.Id ?? PartnershipCommands.NewId(context.Turn), Answers = draft?.Answers ?? Answers.Empty };
        var start = Index(pack, action[CardIds.FormStart]);

        switch (action[CardIds.FormStep])
        {
            case CardIds.FormBack when start >= 0:
                context.Reply(Page(pack, state.Answers, PreviousStart(pack, state.Answers, start), values: null, errors: null, context.Culture));
                break;
            case CardIds.FormNext when start >= 0:
                Next(pack, context, state, start, action);
                break;
            default:
                // Opening (or a page the pack no longer has): where the chat would ask next.
                context.Reply(Page(pack, state.Answers, OpeningStart(pack, state.Answers), values: null, errors: null, context.Culture));
                break;
        }

        return i.Step.End();
    }

    private static void Next(GuidancePack pack, DialogContext context, ReviewState state, int start, UserAction action)
    {
        var answers = state.Answers;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new Dictionary<string, MarkdownText>(StringComparer.Ordinal);
        foreach (var question in Questions(pack, state.Answers, start))
        {
            var raw = action[CardIds.FormFieldPrefix + question.Id]?.Trim() ?? "";
            values[question.Id] = raw;
            if (raw.Length == 0)
            {
                errors[question.Id] = T.FormAnswerRequired.In(context.Culture);
                continue;
            }

            var (read, error) = Read(pack, context, question, answers, raw);
            if (error is not null)
            {
                errors[question.Id] = error;
                continue;
            }

            answers = answers.With(question.Id, read);
        }

        if (errors.Count > 0)
        {
            // Nothing of a refused page is saved: the page comes back with the values as typed and the reasons.
            context.Reply(Page(pack, state.Answers, start, values, errors, context.Culture));
            return;
        }

        answers = ReviewDialog.Prune(pack, answers);
        var title = ReviewDialog.Title(answers);
        context.SetValue(PartnershipCommands.CurrentKey, state.Id);
        if (ReviewDialog.FirstUnanswered(pack, answers) is { } next)
        {
            context.Emit(new SaveCollaboration(state.Id, title, CollaborationStatus.Draft, answers, null, ReviewDialog.Actor(context.Turn), context.Turn.Timestamp));
            context.Reply(Page(pack, answers, Index(pack, next), values: null, errors: null, context.Culture));
            return;
        }

        // Every question that applies is answered: the form's last page submits as "submit" does in the chat.
        ReviewDialog.Submit(pack, context, state with { Answers = answers });
    }

    /// <summary>The chat's own prompt reads the value, then the interview's rules check it.</summary>
    internal static (IReadOnlyList<string> Values, MarkdownText? Error) Read(GuidancePack pack, DialogContext context, Question question, Answers answers, string raw)
    {
        var options = QuestionPrompts.Options(pack, question, answers, Math.Max(Number(pack, answers, question.Id), 1), context.Culture);
        var prompt = BuiltInPrompts.Find(QuestionPrompts.PromptId(question))!;

        // A picked option arrives as a card answer (values, a multi-select's joined by commas); the rest as typed text.
        var picked = question.Kind is QuestionKind.Choice or QuestionKind.MultiChoice;
        var turn = context.Turn with
        {
            Text = picked ? "" : raw,
            Action = picked ? new UserAction(CardIds.Answer, new Dictionary<string, string> { [CardIds.Answer] = raw }) : null,
        };

        // A scratch context: what the prompt says on acceptance (the date echo) is not for the form.
        var outcome = prompt.Recognize(new DialogContext(turn, context.Inputs, context.Values), options);
        if (!outcome.Succeeded)
        {
            return ([], outcome.Error is { } refused ? MarkdownText.Trusted(refused) : T.FormCheckAnswer.In(context.Culture));
        }

        return ReviewDialog.Check(pack, question, answers, outcome.Value, context.Culture);
    }

    private static FormPageReply Page(GuidancePack pack, Answers answers, int start, Dictionary<string, string>? values, Dictionary<string, MarkdownText>? errors, CultureInfo culture)
    {
        var questions = Questions(pack, answers, start);
        var fields = questions.ConvertAll(q => Field(pack, answers, q, values, errors, culture));

        var last = questions.Count == 0 ? start : Index(pack, questions[^1].Id);
        var total = pack.Questions.Count(q => q.AppliesTo(answers));
        return new FormPageReply(T.FormInterviewTitle.In(culture), fields)
        {
            Intro = (errors is { Count: > 0 }
                ? T.FormNeedsAnotherLook.In(culture)
                : T.FormInterviewPageIntro.Format(culture, Number(pack, answers, questions.FirstOrDefault()?.Id ?? ""), Number(pack, answers, questions.LastOrDefault()?.Id ?? ""), total)).Value,
            Values = new Dictionary<string, string>
            {
                [CardIds.FormStart] = questions.Count > 0 ? questions[0].Id : "",
            },
            CanGoBack = PreviousStart(pack, answers, start) < start,
            IsLast = !pack.Questions.Skip(last + 1).Any(q => q.AppliesTo(answers) && !answers.Has(q.Id)),
        };
    }

    /// <summary>The page's questions: those that apply to the answers so far, from pack position <paramref name="start"/>.</summary>
    internal static List<Question> Questions(GuidancePack pack, Answers answers, int start) =>
        [.. pack.Questions.Skip(Math.Max(start, 0)).Where(q => q.AppliesTo(answers)).Take(PageSize)];

    private static int OpeningStart(GuidancePack pack, Answers answers)
    {
        if (ReviewDialog.FirstUnanswered(pack, answers) is { } next)
        {
            return Index(pack, next);
        }

        // All answered (a draft that was never submitted): the last page, to check and submit.
        var applying = pack.Questions.Select((q, n) => (q, n)).Where(x => x.q.AppliesTo(answers)).ToList();
        return applying.Count == 0 ? 0 : applying[Math.Max(0, applying.Count - PageSize)].n;
    }

    internal static int PreviousStart(GuidancePack pack, Answers answers, int start)
    {
        var before = pack.Questions.Take(start).Select((q, n) => (q, n)).Where(x => x.q.AppliesTo(answers)).ToList();
        return before.Count == 0 ? start : before[Math.Max(0, before.Count - PageSize)].n;
    }

    internal static int Index(GuidancePack pack, string? questionId)
    {
        var questions = pack.Questions;
        for (var n = 0; n < questions.Count; n++)
        {
            if (questions[n].Id == questionId)
            {
                return n;
            }
        }

        return -1;
    }

    /// <summary>The question's position among those that apply, as the chat numbers it.</summary>
    internal static int Number(GuidancePack pack, Answers answers, string questionId)
    {
        var number = 0;
        foreach (var question in pack.Questions)
        {
            if (question.AppliesTo(answers))
            {
                number++;
                if (question.Id == questionId)
                {
                    return number;
                }
            }
        }

        return number;
    }

    internal static FormFieldKind KindOf(Question question) => question.Kind switch
    {
        QuestionKind.Text => FormFieldKind.Text,
        QuestionKind.Number => FormFieldKind.Number,
        QuestionKind.Confirm or QuestionKind.Choice => FormFieldKind.Choice,
        QuestionKind.MultiChoice => FormFieldKind.MultiChoice,
        _ => FormFieldKind.Date,
    };

    /// <summary>
    /// A question as a form field in the turn's language: the pack's translated label, prompt and choice titles
    /// (marked while the translation is unreviewed, as the chat marks them), the value as typed or as answered.
    /// </summary>
    internal static FormField Field(GuidancePack pack, Answers answers, Question question, Dictionary<string, string>? values, Dictionary<string, MarkdownText>? errors, CultureInfo culture)
    {
        var asked = question.In(culture);
        var mark = asked.Unreviewed ? $" {T.TranslationNotReviewed.In(culture).Value}" : "";
        var value = values?.GetValueOrDefault(question.Id)
            ?? (answers.Has(question.Id) ? string.Join(",", answers.Values[question.Id]) : null);
        return new FormField(CardIds.FormFieldPrefix + question.Id, asked.Label, $"{Number(pack, answers, question.Id)}. {asked.Prompt}{mark}", KindOf(question))
        {
            Choices = ChoicesOf(asked, culture),
            Value = value,
            Error = errors?.GetValueOrDefault(question.Id)?.Value,
            MaxLength = question.MaxLength,
        };
    }

    internal static ReplyChoice[] ChoicesOf(Question question, CultureInfo culture) => question.Kind == QuestionKind.Confirm
        ? [new ReplyChoice(ConfirmPrompt.YesValue, T.AnswerYes.In(culture).Value), new ReplyChoice(ConfirmPrompt.NoValue, T.AnswerNo.In(culture).Value)]
        : [.. question.Choices.Select(c => new ReplyChoice(c.Value, c.Title))];
}
