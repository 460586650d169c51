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
            .AddCommand(BotCommand.Run(NewCommand, "plan a new collaboration (or carry on with your draft)", New) with { Aliases = ["review", "start review"], RunsDuringQuestion = false, InMenus = true })
            .AddCommand(BotCommand.Run("list", "your collaborations", List) with { Aliases = ["my collaborations"], InMenus = true })
            .AddCommand(BotCommand.Run("open", "switch to collaboration N from the list", Open) with
            {
                Usage = "open N",
                TakesArguments = true,
                RunsDuringQuestion = false,
                ActionIds = [CardIds.OpenCollaboration],
            })
            .AddCommand(BotCommand.Run("status", "progress and the next deadlines", Status) with { InMenus = true })
            .AddCommand(BotCommand.Run("assessment", "the assessment of the current collaboration", i => Assessment(i, pack)))
            .AddCommand(BotCommand.Run("checklist", "the checklist, to tick off items", checklist.Show) with
            {
                Usage = "checklist [N]",
                TakesArguments = true,
                ActionIds = [CardIds.ChecklistSave],
                InMenus = true,
            })
            .AddCommand(BotCommand.Run("done", "tick checklist item N", i => checklist.Toggle(i, done: true)) with { Usage = "done N", TakesArguments = true })
            .AddCommand(BotCommand.Run("undo", "untick checklist item N", i => checklist.Toggle(i, done: false)) with { Usage = "undo N", TakesArguments = true })
            .AddCommand(BotCommand.Run("edit", "change the answers of the current collaboration", Edit) with { RunsDuringQuestion = false, ActionIds = [CardIds.EditCollaboration] })
            .AddCommand(BotCommand.Run("reminders", "your upcoming transparency deadlines and their reminders", i => DeadlineCommands.Reminders(i, pack)) with
            {
                Aliases = ["deadlines"],
                ActionIds = [CardIds.ReminderDone, CardIds.ReminderSnooze, CardIds.ReminderChecklist],
                InMenus = true,
            })
            .AddCommand(BotCommand.Run("remind me about", "an extra reminder about deadline N", i => DeadlineCommands.RemindMe(i, pack)) with
            {
                Usage = "remind me about N on DATE",
                TakesArguments = true,
                Aliases = ["remind me"],
            })
            .AddCommand(BotCommand.Run(DocumentReply.Agreement, "a draft of the written agreement, built from your answers", Agreement) with { Aliases = ["agreement draft"] })
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
            .AddCommand(BotCommand.Run("quiz", "five scenario questions to test yourself", Quiz(pack)) with { RunsDuringQuestion = false, InMenus = true });
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
        i.Step.Say($"You have no collaborations yet. Type **new** to plan one.");
        return i.Step.End();
    }

    private static DialogTurnResult New(CommandInvocation i)
    {
        var draft = Workspace(i.Context).Collaborations.LastOrDefault(c => c.Status == CollaborationStatus.Draft);
        if (draft is not null)
        {
            i.Step.Say($"Carrying on with your draft \"{draft.Title}\" ({Answers(draft.Answers.Values.Count)} so far). Type **cancel** at any question to stop; the draft is kept.");
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
                Title = $"Prefer a form?",
                Text = $"Answer the same questions a page at a time. Each page is saved, so you can close the form and carry on here.",
                Actions = [new CardAction(CardIds.InterviewForm, "Fill in a form", new Dictionary<string, string> { [CardIds.FormStep] = CardIds.FormOpen })],
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
            i.Step.Say($"\"{current.Title}\" was rejected in compliance review and is closed, so it cannot be edited. Type **new** to plan a new collaboration.");
            return i.Step.End();
        }

        i.Step.Say($"Editing \"{Markdown.Escape(current.Title)}\". Change any answer, then submit again.");
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

        var current = Current(i.Context);
        var text = new MarkdownBuilder().Append($"Your collaborations:\n\n");
        for (var n = 1; n <= workspace.Collaborations.Count; n++)
        {
            var c = workspace.Collaborations[n - 1];
            var progress = c.Status switch
            {
                CollaborationStatus.Draft => $"draft, {Answers(c.Answers.Values.Count)}",
                CollaborationStatus.Closed => "closed: rejected in review",
                _ when c.Approval is { } approval => $"submitted, {ApprovalStatus.Describe(approval)}, checklist {c.Checklist.Count(x => x.Done)}/{c.Checklist.Count}",
                _ => $"submitted, checklist {c.Checklist.Count(x => x.Done)}/{c.Checklist.Count}",
            };
            text.Append($"{n}. **{c.Title}** ({progress}){(c.Id == current?.Id ? " ← current" : "")}\n");
        }

        text.Append($"\nType **open N** to switch.");
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
                i.Step.Say($"That collaboration is not among yours. Type **list** to see them.");
                return i.Step.End();
            }

            i.Context.SetValue(CurrentKey, opened.Id);
            i.Step.Say($"Now working on \"{opened.Title}\".");
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
                ? (MarkdownText)$"You have no collaborations yet. Type **new** to plan one."
                : (MarkdownText)$"Type **open** and a number from 1 to {workspace.Collaborations.Count}; **list** shows them.");
            return i.Step.End();
        }

        i.Context.SetValue(CurrentKey, chosen.Id);
        i.Step.Say($"Now working on \"{chosen.Title}\". Type **status**, **checklist** or **edit**.");
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
        if (c.Status == CollaborationStatus.Draft)
        {
            i.Step.Say($"\"{c.Title}\" is a draft with {Answers(c.Answers.Values.Count)}. Type **new** to carry on.");
            return;
        }

        var today = i.Context.Today;
        var open = c.Checklist.Where(x => !x.Done).ToList();
        var text = new MarkdownBuilder().Append($"**{c.Title}**: checklist {c.Checklist.Count - open.Count}/{c.Checklist.Count} done.");
        AppendReview(text, c);
        var upcoming = open.Where(x => x.Due is not null).OrderBy(x => x.Due).Take(3).ToList();
        if (upcoming.Count > 0)
        {
            text.Append($"\n\nNext deadlines:\n");
            foreach (var item in upcoming)
            {
                var overdue = item.Due < today ? " (overdue)" : "";
                text.Append($"- {item.Due!.Value.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}{overdue}: {Short(item.Text)}\n");
            }
        }

        i.Step.Say(text.ToMarkdown());
    }

    /// <summary>Where the compliance review stands, on its own paragraph of <c>status</c>.</summary>
    private static void AppendReview(MarkdownBuilder text, CollaborationRecord c)
    {
        if (c.Approval is not { } approval)
        {
            return;
        }

        var on = approval.DecidedAt?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "";
        var role = approval.DecidedByRole is { Length: > 0 } r ? $" ({r})" : "";
        switch (approval.Status)
        {
            case ApprovalStatus.Awaiting:
                text.Append($"\n\nReview: awaiting review (round {approval.Round}).");
                break;
            case ApprovalStatus.Approved:
                text.Append($"\n\nReview: approved by {approval.DecidedBy}{role} on {on} (round {approval.Round}).");
                break;
            case ApprovalStatus.ChangesRequested:
                text.Append($"\n\nReview: changes requested by {approval.DecidedBy}{role} on {on}: \"{approval.Comment}\". Type **edit** to change the answers, then submit again.");
                break;
            case ApprovalStatus.Rejected:
                text.Append($"\n\nReview: rejected by {approval.DecidedBy}{role} on {on}: \"{approval.Comment}\". The collaboration is closed.");
                break;
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
            i.Step.Say($"\"{c.Title}\" is still a draft. Type **new** to finish and submit it; the agreement draft is built from the submitted answers.");
            return i.Step.End();
        }

        i.Step.Say($"Here is a draft of the written agreement for \"{c.Title}\", built from your answers and the content pack's rules. It is a starting point for legal, not a document to sign: the company's own texts show as placeholders where the pack does not set them.");
        i.Context.Reply(new DocumentReply(DocumentReply.Agreement, c.Id, c.Title));
        return i.Step.End();
    }

    private static Func<CommandInvocation, DialogTurnResult> Quiz(GuidancePack pack) => i =>
        i.Step.BeginDialog(QuizDialog.DialogId, new QuizState(QuizDialog.Draw(pack, i.Context.Turn.Id), Seed: i.Context.Turn.Id));

    internal static string Answers(int count) => count == 1 ? "1 answer" : $"{count} answers";

    internal static string Short(string text) => text.Length <= 90 ? text : text[..text.LastIndexOf(' ', 87)] + "…";

    /// <summary>A stable id from the turn that created the collaboration (the runner is pure: no random ids).</summary>
    internal static Guid NewId(Turn turn) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{turn.Conversation.Key}|{turn.Id}|{turn.Timestamp:O}")).AsSpan(0, 16));
}
