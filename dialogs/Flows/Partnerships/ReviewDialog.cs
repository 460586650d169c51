using System.Globalization;
using System.Text.RegularExpressions;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>
/// The review interview, driven by the pack: asks each question that applies, saves the draft after every answer,
/// then lists the answers for `change N` and `submit`. Submitting produces the assessment and the checklist.
/// Loops by replacing itself, so `back` and `restart` work across questions.
/// </summary>
public sealed partial class ReviewDialog : WaterfallDialog<ReviewState>
{
    public const string DialogId = "review";
    private const string ReviewCommandPrompt = "review-command";
    private readonly GuidancePack pack;

    public ReviewDialog(GuidancePack pack)
        : base(DialogId, version: 1)
    {
        this.pack = pack ?? throw new ArgumentNullException(nameof(pack));
        AddPrompt(new TextPrompt(ReviewCommandPrompt)
        {
            Validator = v => ReviewCommand().IsMatch(v.Value.Trim())
                ? PromptValidation.Valid
                : PromptValidation.Invalid(T.ReviewCommandRetry.In(v.Context.Culture)),
        });
        AddStep(Ask);
        AddStep(Record);
    }

    // Ask reads only the state, the pack and the turn's language: `back` asks again, the history keeps no question text.
    protected override bool AsksFromStateAlone => true;

    protected override ReviewState CreateState(object? options) =>
        options as ReviewState ?? throw new ArgumentException("The review starts with a ReviewState.", nameof(options));

    protected override MarkdownText? OnCancel(ReviewState state, DialogContext context) =>
        state.SubmittedChecklist is not null
            ? T.ReviewCancelSubmitted.In(context.Culture)
            : T.ReviewCancelDraft.Format(context.Culture, TitleIn(state.Answers, context.Culture), AnswerCount(state.Answers.Values.Count, context.Culture));

    private DialogTurnResult Ask(StepContext<ReviewState> step)
    {
        var state = step.State;
        var next = state.Mode == ReviewMode.Change ? state.Asking : NextQuestion(state.Answers);
        if (next is null)
        {
            step.State = state with { Asking = null };
            var culture = step.Context.Culture;
            step.Say(ReviewList(state.Answers, culture));
            return step.Prompt(ReviewCommandPrompt, new PromptOptions
            {
                Text = T.ReviewCommandAsk.In(culture),
                Help = T.ReviewCommandHelp.In(culture),
                MaxLength = 40,
            });
        }

        var question = pack.Question(next)!;
        step.State = state with { Asking = next };
        return step.Prompt(QuestionPrompts.PromptId(question), QuestionPrompts.Options(pack, question, state.Answers, Math.Max(Number(state.Answers, next), 1), step.Context.Culture));
    }

    private DialogTurnResult Record(StepContext<ReviewState> step)
    {
        var state = step.State;
        if (state.Asking is null)
        {
            return ReviewCommandChosen(step, step.ResultAs<string>().Trim());
        }

        var question = pack.Question(state.Asking)!;
        var (values, error) = Check(pack, question, state.Answers, step.Result, step.Context.Culture);
        if (error is not null)
        {
            step.Say(error);
            return step.ReplaceDialog(DialogId, state);
        }

        var answers = Prune(state.Answers.With(question.Id, values));
        var updated = state with { Answers = answers, Mode = ReviewMode.Interview, Asking = null };
        if (state.SubmittedChecklist is null)
        {
            step.Context.Emit(new SaveCollaboration(state.Id, Title(answers), CollaborationStatus.Draft, answers, null, Actor(step.Turn), step.Turn.Timestamp));
        }

        return step.ReplaceDialog(DialogId, updated);
    }

    /// <summary>
    /// The rules an answer the prompt accepted must still pass (the question's format, a date after another), for
    /// the chat and the form alike: the canonical values, or the sentence that refuses them.
    /// </summary>
    internal static (IReadOnlyList<string> Values, MarkdownText? Error) Check(GuidancePack pack, Question question, Answers answers, object? result, CultureInfo culture)
    {
        var values = Answers.Canonical(result).ToList();
        if (question.Format is { } format && values.Count == 1)
        {
            var (read, error) = AnswerFormats.Read(format, values[0]);
            if (error is not null)
            {
                // The error quotes what the user typed: plain text.
                return (values, MarkdownText.Plain(error));
            }

            values = [.. read];
        }

        if (question.After is { } after && values.Count == 1 && answers.GetDate(after) is { } earliest
            && Answers.Empty.With(question.Id, values).GetDate(question.Id) is { } date && date < earliest)
        {
            var label = pack.Question(after)!.In(culture).Label;
            return (values, T.ReviewDateBefore.Format(culture, Languages.Code(culture) == "en" ? label.ToLowerInvariant() : label, AnswerText.Localized(pack, answers, after, culture)));
        }

        return (values, null);
    }

    private DialogTurnResult ReviewCommandChosen(StepContext<ReviewState> step, string command)
    {
        var state = step.State;
        var match = ReviewCommand().Match(command);
        if (match.Groups["n"].Success)
        {
            var listed = Listed(state.Answers);
            var n = int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (n < 1 || n > listed.Count)
            {
                step.Say(T.ReviewNoSuchAnswer.Format(step.Context.Culture, n, listed.Count));
                return step.ReplaceDialog(DialogId, state);
            }

            return step.ReplaceDialog(DialogId, state with { Mode = ReviewMode.Change, Asking = listed[n - 1].Id });
        }

        return Submit(step);
    }

    private DialogTurnResult Submit(StepContext<ReviewState> step)
    {
        Submit(pack, step.Context, step.State);
        return step.End();
    }

    /// <summary>Submits the collaboration (the chat's <c>submit</c> and the form's last page): assessment, checklist, review.</summary>
    internal static void Submit(GuidancePack pack, DialogContext context, ReviewState state)
    {
        var turn = context.Turn;
        var owner = Owner(state.Answers, turn);
        var checklist = ChecklistBuilder.Build(pack, state.Answers, owner);
        if (state.SubmittedChecklist is { } previous)
        {
            checklist = ChecklistBuilder.Merge(checklist, previous);
        }

        var title = Title(state.Answers);
        if (state.SubmittedChecklist is not null && PartnershipCommands.Workspace(context).ById(state.Id) is { Status: CollaborationStatus.Closed })
        {
            // Rejected in compliance review while the owner was editing: a closed collaboration takes no changes.
            context.Say(T.ReviewRejectedWhileEditing.Format(context.Culture, title));
            return;
        }

        context.Emit(new SaveCollaboration(state.Id, title, CollaborationStatus.Submitted, state.Answers, checklist, Actor(turn), turn.Timestamp));
        context.SetValue(PartnershipCommands.CurrentKey, state.Id);
        context.Say(state.SubmittedChecklist is null
            ? T.ReviewSubmitted.Format(context.Culture, title)
            : T.ReviewResubmitted.Format(context.Culture, title));
        var record = new CollaborationRecord
        {
            Id = state.Id,
            Title = title,
            Status = CollaborationStatus.Submitted,
            Answers = state.Answers,
            CreatedBy = Actor(turn),
            Checklist = checklist,
        };
        context.Reply(new CardReply(PartnershipCards.Assessment(pack, record, context.Today, context.Culture)));
        context.Reply(new CardReply(PartnershipCards.Checklist(record, context.Today, context.Culture, pack)));
    }

    /// <summary>The question's position among those that apply (1-based), or 0; counted without building the list.</summary>
    private int Number(Answers answers, string questionId)
    {
        var number = 0;
        var questions = pack.Questions;
        for (var i = 0; i < questions.Count; i++)
        {
            var question = questions[i];
            if (question.AppliesTo(answers))
            {
                number++;
                if (question.Id == questionId)
                {
                    return number;
                }
            }
        }

        return 0;
    }

    // These run at every step of the interview: index loops over the pack, without closures or enumerators.
    internal string? NextQuestion(Answers answers) => FirstUnanswered(pack, answers);

    internal static string? FirstUnanswered(GuidancePack pack, Answers answers)
    {
        var questions = pack.Questions;
        for (var i = 0; i < questions.Count; i++)
        {
            if (questions[i].AppliesTo(answers) && !answers.Has(questions[i].Id))
            {
                return questions[i].Id;
            }
        }

        return null;
    }

    private Answers Prune(Answers answers) => Prune(pack, answers);

    /// <summary>Drops answers to questions that no longer apply (scope changed from international, say).</summary>
    internal static Answers Prune(GuidancePack pack, Answers answers)
    {
        // In pack order, each question checked against the answers as already pruned.
        var questions = pack.Questions;
        for (var i = 0; i < questions.Count; i++)
        {
            if (answers.Has(questions[i].Id) && !questions[i].AppliesTo(answers))
            {
                answers = answers.Without(questions[i].Id);
            }
        }

        return answers;
    }

    private List<Question> Listed(Answers answers) => [.. pack.Questions.Where(q => q.AppliesTo(answers) && answers.Has(q.Id))];

    private MarkdownText ReviewList(Answers answers, CultureInfo culture)
    {
        var text = new MarkdownBuilder().Append($"{T.ReviewAnswersHeading.In(culture)}\n\n");
        var listed = Listed(answers);
        for (var i = 0; i < listed.Count; i++)
        {
            text.Append($"{i + 1}. **{MarkdownText.Trusted(listed[i].In(culture).Label)}**: {AnswerText.Localized(pack, answers, listed[i].Id, culture)}\n");
        }

        return text.ToMarkdown();
    }

    internal static string Title(Answers answers) => answers.Get(QuestionIds.Title) ?? "Untitled collaboration";

    /// <summary>The draft's title as the user reads it: "Untitled collaboration" in their language until they give one.</summary>
    internal static string TitleIn(Answers answers, CultureInfo culture) => answers.Get(QuestionIds.Title) ?? T.ReviewUntitled.In(culture);

    private static MarkdownText AnswerCount(int count, CultureInfo culture) => count switch
    {
        0 => T.AnswerCountNone.In(culture),
        1 => T.AnswerCountOne.In(culture),
        _ => T.AnswerCountMany.Format(culture, count),
    };

    internal static string Actor(Turn turn) => turn.User.DisplayName ?? turn.User.Id;

    internal static string Owner(Answers answers, Turn turn) =>
        answers.Get(QuestionIds.OwnerIsMe) == "no" && answers.Get(QuestionIds.OwnerName) is { } name ? name : Actor(turn);

    [GeneratedRegex(@"^(submit|change\s+(?<n>\d{1,3}))$", RegexOptions.IgnoreCase)]
    private static partial Regex ReviewCommand();
}
