using System.Globalization;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>The buttons of a reminder message: Done, Snooze 1 day / 1 week, and Open checklist.</summary>
internal static class ReminderActions
{
    public static bool Handles(string actionId) =>
        actionId is CardIds.ReminderDone or CardIds.ReminderSnooze or CardIds.ReminderChecklist;

    public static DialogTurnResult Run(CommandInvocation i, UserAction action, GuidancePack pack)
    {
        var culture = i.Context.Culture;
        var workspace = PartnershipCommands.Workspace(i.Context);
        if (action.Id == CardIds.ReminderChecklist)
        {
            if (!Guid.TryParseExact(action[PartnershipCards.CollaborationValue] ?? "", "N", out var collaborationId) || workspace.ById(collaborationId) is not { } c)
            {
                i.Step.Say(T.RemindCollaborationGone.In(culture));
                return i.Step.End();
            }

            i.Context.SetValue(PartnershipCommands.CurrentKey, c.Id);
            i.Context.Reply(new CardReply(PartnershipCards.Checklist(c, i.Context.Today, i.Context.Culture, pack)));
            return i.Step.End();
        }

        if (!Guid.TryParseExact(action[CardIds.ObligationValue] ?? "", "N", out var id) || workspace.Obligations.FirstOrDefault(o => o.Id == id) is not { } obligation)
        {
            i.Step.Say(T.RemindGone.In(culture));
            return i.Step.End();
        }

        var collaboration = workspace.ById(obligation.CollaborationId)?.Title is { } named ? Markdown.Escape(named) : T.RemindYourCollaboration.In(culture);
        var title = T.RemindTitle.Format(culture, obligation.Title, collaboration);
        if (obligation.Status == ObligationStatus.Done)
        {
            i.Step.Say(T.RemindAlreadyDone.Format(culture, title, obligation.DoneBy, obligation.DoneAt is { } doneAt ? CultureFormat.ShortDate(doneAt, culture) : ""));
            return i.Step.End();
        }

        if (!obligation.IsOpen)
        {
            i.Step.Say(T.RemindNoLongerApplies.Format(culture, title));
            return i.Step.End();
        }

        var actor = ReviewDialog.Actor(i.Context.Turn);
        var now = i.Context.Turn.Timestamp;
        if (action.Id == CardIds.ReminderDone)
        {
            if (obligation.Kind == DisclosureCalendar.WrittenAgreement && workspace.ById(obligation.CollaborationId)?.Approval is { IsApproved: false } review)
            {
                // The agreement is signed only after compliance approved the collaboration (certified before signing).
                i.Step.Say(T.RemindNotApprovedYet.Format(culture, title, ApprovalStatus.Describe(review, culture)));
                return i.Step.End();
            }

            i.Context.Emit(new CompleteObligation(obligation.Id, actor, now));
            i.Step.Say(T.RemindMarkedDone.Format(culture, title, MarkdownText.Trusted(pack.Source(obligation.SourceId).Title)));
            return i.Step.End();
        }

        var days = int.TryParse(action[CardIds.SnoozeDaysValue], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 30 ? d : 1;
        var until = now.AddDays(days);
        i.Context.Emit(new SnoozeObligation(obligation.Id, until, actor, now));
        var howLong = days switch
        {
            1 => T.RemindSnoozeDay.In(culture),
            7 => T.RemindSnoozeWeek.In(culture),
            _ => T.RemindSnoozeDays.Format(culture, days),
        };
        i.Step.Say(T.RemindSnoozed.Format(culture, title, howLong, DateOnly.FromDateTime(until.UtcDateTime)));
        return i.Step.End();
    }
}
