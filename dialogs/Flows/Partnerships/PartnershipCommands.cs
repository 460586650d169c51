using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>The partnership commands of the main menu, and their registration.</summary>
public static class PartnershipCommands
{
    /// <summary>Values key of the collaboration that list/checklist/status/edit work on.</summary>
    public const string CurrentKey = "partnership.current";

    /// <summary>Starts (or resumes) the interview; channels that interview elsewhere (a Slack DM) look for it.</summary>
    public const string NewCommand = "new";

    public static BotDialogsBuilder AddPartnerships(this BotDialogsBuilder builder, GuidancePack pack)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(pack);
        var checklist = new ChecklistCommands(pack);
        return builder
            .AddDialog(new ReviewDialog(pack))
            .AddDialog(new QuizDialog(pack))
            .AddCommand(BotCommand.Run(NewCommand, T.HelpNew, New) with { Aliases = ["review", "start review"], RunsDuringQuestion = false, InMenus = true })
            .AddCommand(BotCommand.Run("list", T.HelpList, List) with { Aliases = ["my collaborations"], InMenus = true })
            .AddCommand(BotCommand.Run("open", T.HelpOpen, Open) with
            {
                Usage = "open N",
                TakesArguments = true,
                RunsDuringQuestion = false,
                ActionIds = [CardIds.OpenCollaboration],
            })
            .AddCommand(BotCommand.Run("status", T.HelpStatus, Status) with { InMenus = true })
            .AddCommand(BotCommand.Run("assessment", T.HelpAssessment, i => Assessment(i, pack)))
            .AddCommand(BotCommand.Run("checklist", T.HelpChecklist, checklist.Show) with
            {
                Usage = "checklist [N]",
                TakesArguments = true,
                ActionIds = [CardIds.ChecklistSave],
                InMenus = true,
            })
            .AddCommand(BotCommand.Run("done", T.HelpDone, i => checklist.Toggle(i, done: true)) with { Usage = "done N", TakesArguments = true })
            .AddCommand(BotCommand.Run("undo", T.HelpUndo, i => checklist.Toggle(i, done: false)) with { Usage = "undo N", TakesArguments = true })
            .AddCommand(BotCommand.Run("edit", T.HelpEdit, Edit) with { RunsDuringQuestion = false, ActionIds = [CardIds.EditCollaboration] })
            .AddCommand(BotCommand.Run("reminders", T.HelpReminders, i => DeadlineCommands.Reminders(i, pack)) with
            {
                Aliases = ["deadlines"],
                ActionIds = [CardIds.ReminderDone, CardIds.ReminderSnooze, CardIds.ReminderChecklist],
                InMenus = true,
            })
            .AddCommand(BotCommand.Run("remind me about", T.HelpRemindMe, i => DeadlineCommands.RemindMe(i, pack)) with
            {
                Usage = "remind me about N on DATE",
                TakesArguments = true,
                Aliases = ["remind me"],
            })
            .AddCommand(BotCommand.Run(DocumentReply.Agreement, T.HelpAgreement, Agreement) with { Aliases = ["agreement draft"] })
            .AddCommand(BotCommand.Run("note", "a note for the current collaboration", NoteCommand.Run) with { ActionIds = [NoteCommand.Action], ActionOnly = true })
            .AddCommand(BotCommand.Run("form", "the interview as a form (in a Teams dialog)", i => InterviewForm.Handle(i, pack)) with
            {
                // Only the form's own buttons reach it: typed, "form" is not a command.
                ActionIds = [CardIds.InterviewForm],
                ActionLeavesQuestion = true,
                ActionOnly = true,
            })
            .AddCommand(BotCommand.Run("edit form", "a submitted collaboration's answers as a form (in a Teams dialog)", i => EditForm.Handle(i, pack)) with
            {
                // Its pages carry on an open chat edit of the same collaboration (FormTakeover) instead of answering it.
                ActionIds = [CardIds.EditForm],
                ActionLeavesQuestion = true,
                ActionOnly = true,
            })
            .AddCommand(BotCommand.Run("quiz", T.HelpQuiz, Quiz(pack)) with { RunsDuringQuestion = false, InMenus = true });
    }

    internal static PartnershipWorkspace Workspace(DialogContext context) =>
        context.Inputs.Get<PartnershipWorkspace>() ?? PartnershipWorkspace.Empty;

    /// <summary>The current collaboration: the one chosen with open/new, else the newest.</summary>
    internal static CollaborationRecord? Current(DialogContext context)
    {
        var workspace = Workspace(context);
        return context.TryGetValue<Guid>(CurrentKey, out var id) && workspace.ById(id) is { } chosen
            ? chosen
            : workspace.Collaborations.LastOrDefault();
    }

    internal static DialogTurnResult NoCollaboration(CommandInvocation i)
    {
        i.Step.Say(T.CmdNoCollaborations.In(i.Context.Culture));
        return i.Step.End();
    }

    private static DialogTurnResult New(CommandInvocation i)
    {
        var draft = Workspace(i.Context).Collaborations.LastOrDefault(c => c.Status == CollaborationStatus.Draft);
        if (draft is not null)
        {
            i.Step.Say(T.CmdCarryOnDraft.Format(i.Context.Culture, draft.Title, Answers(draft.Answers.Values.Count, i.Context.Culture)));
            i.Context.SetValue(CurrentKey, draft.Id);
            OfferForm(i.Context);
            return i.Step.BeginDialog(ReviewDialog.DialogId, new ReviewState { Id = draft.Id, Answers = draft.Answers });
        }

        var id = NewId(i.Context.Turn);
        i.Context.SetValue(CurrentKey, id);
        i.Step.Say(T.InterviewStart.In(i.Context.Culture));
        OfferForm(i.Context);
        return i.Step.BeginDialog(ReviewDialog.DialogId, new ReviewState { Id = id });
    }

    /// <summary>
    /// Teams shows forms in dialogs, Slack in modals: the same interview as a few pages, on the same draft. Other
    /// channels interview in the chat only.
    /// </summary>
    private static void OfferForm(DialogContext context)
    {
        if (ChannelIds.HasForms(context.Turn.User.Channel))
        {
            context.Reply(new CardReply(new Card
            {
                Title = T.CmdFormOfferTitle.In(context.Culture),
                Text = T.CmdFormOfferText.In(context.Culture),
                Actions = [new CardAction(CardIds.InterviewForm, T.CmdFormOfferButton.In(context.Culture).Value, new Dictionary<string, string> { [CardIds.FormStep] = CardIds.FormOpen })],
            }));
        }
    }

    private static DialogTurnResult Edit(CommandInvocation i)
    {
        if (i.Context.Turn.Action is { Id: CardIds.EditCollaboration } action
            && Guid.TryParseExact(action[PartnershipCards.CollaborationValue] ?? "", "N", out var chosen)
            && Workspace(i.Context).ById(chosen) is not null)
        {
            // The Edit button of a review notice: that collaboration, whichever was current.
            i.Context.SetValue(CurrentKey, chosen);
        }

        if (Current(i.Context) is not { } current)
        {
            return NoCollaboration(i);
        }

        if (current.Status == CollaborationStatus.Draft)
        {
            return New(i);
        }

        if (current.Status == CollaborationStatus.Closed)
        {
            i.Step.Say(T.CmdEditClosed.Format(i.Context.Culture, current.Title));
            return i.Step.End();
        }

        i.Step.Say(T.CmdEditing.Format(i.Context.Culture, current.Title));
        EditForm.Offer(i.Context, current);
        return i.Step.BeginDialog(ReviewDialog.DialogId, new ReviewState { Id = current.Id, Answers = current.Answers, SubmittedChecklist = current.Checklist });
    }

    private static DialogTurnResult List(CommandInvocation i)
    {
        var workspace = Workspace(i.Context);
        if (workspace.Collaborations.Count == 0)
        {
            return NoCollaboration(i);
        }

        var culture = i.Context.Culture;
        var current = Current(i.Context);
        var text = new MarkdownBuilder().Append($"{T.CmdListHeading.In(culture)}\n\n");
        for (var n = 1; n <= workspace.Collaborations.Count; n++)
        {
            var c = workspace.Collaborations[n - 1];
            var progress = c.Status switch
            {
                CollaborationStatus.Draft => T.CmdListDraft.Format(culture, Answers(c.Answers.Values.Count, culture)),
                CollaborationStatus.Closed => T.CmdListClosed.In(culture),
                _ when c.Approval is { } approval => T.CmdListSubmittedReview.Format(culture, ApprovalStatus.Describe(approval, culture), c.Checklist.Count(x => x.Done), c.Checklist.Count),
                _ => T.CmdListSubmitted.Format(culture, c.Checklist.Count(x => x.Done), c.Checklist.Count),
            };
            text.Append($"{n}. **{c.Title}** ({progress}){(c.Id == current?.Id ? T.CmdListCurrent.In(culture) : MarkdownText.Empty)}\n");
        }

        text.Append($"\n{T.CmdListOpenHint.In(culture)}");
        i.Step.Say(text.ToMarkdown());
        return i.Step.End();
    }

    private static DialogTurnResult Open(CommandInvocation i)
    {
        var workspace = Workspace(i.Context);
        if (i.Context.Turn.Action is { Id: CardIds.OpenCollaboration } action)
        {
            // A button names the collaboration by id (numbers shift as collaborations are added): only the user's own.
            if (!Guid.TryParseExact(action[PartnershipCards.CollaborationValue] ?? "", "N", out var id) || workspace.ById(id) is not { } opened)
            {
                i.Step.Say(T.CmdOpenNotYours.In(i.Context.Culture));
                return i.Step.End();
            }

            i.Context.SetValue(CurrentKey, opened.Id);
            i.Step.Say(T.CmdNowWorkingOn.Format(i.Context.Culture, opened.Title));
            SayStatus(i, opened);
            if (opened.Status == CollaborationStatus.Submitted)
            {
                EditForm.Offer(i.Context, opened);
            }

            return i.Step.End();
        }

        if (!int.TryParse(i.Arguments, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || workspace.ByNumber(n) is not { } chosen)
        {
            i.Step.Say(workspace.Collaborations.Count == 0
                ? T.CmdNoCollaborations.In(i.Context.Culture)
                : T.CmdOpenUsage.Format(i.Context.Culture, workspace.Collaborations.Count));
            return i.Step.End();
        }

        i.Context.SetValue(CurrentKey, chosen.Id);
        i.Step.Say(T.CmdNowWorkingOnNext.Format(i.Context.Culture, chosen.Title));
        return i.Step.End();
    }

    private static DialogTurnResult Status(CommandInvocation i)
    {
        if (Current(i.Context) is not { } c)
        {
            return NoCollaboration(i);
        }

        SayStatus(i, c);
        return i.Step.End();
    }

    private static void SayStatus(CommandInvocation i, CollaborationRecord c)
    {
        var culture = i.Context.Culture;
        if (c.Status == CollaborationStatus.Draft)
        {
            i.Step.Say(T.CmdStatusDraft.Format(culture, c.Title, Answers(c.Answers.Values.Count, culture)));
            return;
        }

        var today = i.Context.Today;
        var open = c.Checklist.Where(x => !x.Done).ToList();
        var text = new MarkdownBuilder().Append(T.CmdStatusChecklist.Format(culture, c.Title, c.Checklist.Count - open.Count, c.Checklist.Count));
        AppendReview(text, c, culture);
        var upcoming = open.Where(x => x.Due is not null).OrderBy(x => x.Due).Take(3).ToList();
        if (upcoming.Count > 0)
        {
            text.Append($"\n\n{T.CmdStatusNextDeadlines.In(culture)}\n");
            foreach (var item in upcoming)
            {
                // A string, escaped into the line as before: " \(overdue\)".
                var overdue = item.Due < today ? T.CmdOverdue.In(culture).Value : "";
                text.Append($"- {CultureFormat.ShortDate(item.Due!.Value, culture)}{overdue}: {Short(item.Text)}\n");
            }
        }

        i.Step.Say(text.ToMarkdown());
    }

    /// <summary>Where the compliance review stands, on its own paragraph of <c>status</c>.</summary>
    private static void AppendReview(MarkdownBuilder text, CollaborationRecord c, CultureInfo culture)
    {
        if (c.Approval is not { } approval)
        {
            return;
        }

        var on = approval.DecidedAt is { } decidedAt ? CultureFormat.ShortDate(decidedAt, culture) : "";
        var role = approval.DecidedByRole is { Length: > 0 } r ? $" ({r})" : "";
        var review = approval.Status switch
        {
            ApprovalStatus.Awaiting => T.CmdReviewAwaiting.Format(culture, approval.Round),
            ApprovalStatus.Approved => T.CmdReviewApproved.Format(culture, approval.DecidedBy, role, on, approval.Round),
            ApprovalStatus.ChangesRequested => T.CmdReviewChanges.Format(culture, approval.DecidedBy, role, on, approval.Comment),
            ApprovalStatus.Rejected => T.CmdReviewRejected.Format(culture, approval.DecidedBy, role, on, approval.Comment),
            _ => null,
        };
        if (review is not null)
        {
            text.Append($"\n\n{review}");
        }
    }

    private static DialogTurnResult Assessment(CommandInvocation i, GuidancePack pack)
    {
        if (Current(i.Context) is not { } c)
        {
            return NoCollaboration(i);
        }

        i.Context.Reply(new CardReply(PartnershipCards.Assessment(pack, c, i.Context.Today, i.Context.Culture)));
        return i.Step.End();
    }

    private static DialogTurnResult Agreement(CommandInvocation i)
    {
        if (Current(i.Context) is not { } c)
        {
            return NoCollaboration(i);
        }

        if (c.Status == CollaborationStatus.Draft)
        {
            i.Step.Say(T.CmdAgreementDraft.Format(i.Context.Culture, c.Title));
            return i.Step.End();
        }

        i.Step.Say(T.CmdAgreementHere.Format(i.Context.Culture, c.Title));
        i.Context.Reply(new DocumentReply(DocumentReply.Agreement, c.Id, c.Title));
        return i.Step.End();
    }

    private static Func<CommandInvocation, DialogTurnResult> Quiz(GuidancePack pack) => i =>
        i.Step.BeginDialog(QuizDialog.DialogId, new QuizState(QuizDialog.Draw(pack, i.Context.Turn.Id), Seed: i.Context.Turn.Id));

    /// <summary>"1 answer", "3 answers" in the turn's language (the interview's own words, from Chat.resx).</summary>
    internal static MarkdownText Answers(int count, CultureInfo culture) =>
        count == 1 ? T.AnswerCountOne.In(culture) : T.AnswerCountMany.Format(culture, count);

    internal static string Short(string text) => text.Length <= 90 ? text : text[..text.LastIndexOf(' ', 87)] + "…";

    /// <summary>A stable id from the turn that created the collaboration (the runner is pure: no random ids).</summary>
    internal static Guid NewId(Turn turn) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{turn.Conversation.Key}|{turn.Id}|{turn.Timestamp:O}")).AsSpan(0, 16));
}
