using System.Globalization;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>The buttons of a reminder message: Done, Snooze 1 day / 1 week, and Open checklist.</summary>
internal static class ReminderActions
{
    public static bool Handles(string actionId) =>
        actionId is CardIds.ReminderDone or CardIds.ReminderSnooze or CardIds.ReminderChecklist;

    public static DialogTurnResult Run(CommandInvocation i, UserAction action, GuidancePack pack)
    {
        var workspace = PartnershipCommands.Workspace(i.Context);
        if (action.Id == CardIds.ReminderChecklist)
        {
            if (!Guid.TryParseExact(action[PartnershipCards.CollaborationValue] ?? "", "N", out var collaborationId) || workspace.ById(collaborationId) is not { } c)
            {
                i.Step.Say($"That collaboration is no longer available. Type **list** to see yours.");
                return i.Step.End();
            }

            i.Context.SetValue(PartnershipCommands.CurrentKey, c.Id);
            i.Context.Reply(new CardReply(PartnershipCards.Checklist(c, i.Context.Today, i.Context.Culture, pack)));
            return i.Step.End();
        }

        if (!Guid.TryParseExact(action[CardIds.ObligationValue] ?? "", "N", out var id) || workspace.Obligations.FirstOrDefault(o => o.Id == id) is not { } obligation)
        {
            i.Step.Say($"That reminder is no longer available. Type **reminders** to see your deadlines.");
            return i.Step.End();
        }

        MarkdownText title = $"\"{obligation.Title}\" ({workspace.ById(obligation.CollaborationId)?.Title ?? "your collaboration"})";
        if (obligation.Status == ObligationStatus.Done)
        {
            i.Step.Say($"{title} was already marked done by {obligation.DoneBy} on {obligation.DoneAt:d MMM yyyy}.");
            return i.Step.End();
        }

        if (!obligation.IsOpen)
        {
            i.Step.Say($"{title} no longer applies after the answers changed, so there is nothing to remind you of.");
            return i.Step.End();
        }

        var actor = ReviewDialog.Actor(i.Context.Turn);
        var now = i.Context.Turn.Timestamp;
        if (action.Id == CardIds.ReminderDone)
        {
            if (obligation.Kind == DisclosureCalendar.WrittenAgreement && workspace.ById(obligation.CollaborationId)?.Approval is { IsApproved: false } review)
            {
                // The agreement is signed only after compliance approved the collaboration (certified before signing).
                i.Step.Say($"{title} cannot be marked done yet: the collaboration is {ApprovalStatus.Describe(review)}, and the agreement is signed only after compliance approves it. Type **status** to see where the review stands.");
                return i.Step.End();
            }

            i.Context.Emit(new CompleteObligation(obligation.Id, actor, now));
            i.Step.Say($"Marked done: {title}. I won't remind you about it again. Source: {MarkdownText.Trusted(pack.Source(obligation.SourceId).Title)}.");
            return i.Step.End();
        }

        var days = int.TryParse(action[CardIds.SnoozeDaysValue], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 30 ? d : 1;
        var until = now.AddDays(days);
        i.Context.Emit(new SnoozeObligation(obligation.Id, until, actor, now));
        i.Step.Say($"Snoozed {title} for {(days == 1 ? "a day" : days == 7 ? "a week" : $"{days} days")}: I'll remind you again on {DialogContext.FormatDate(DateOnly.FromDateTime(until.UtcDateTime))}.");
        return i.Step.End();
    }
}
