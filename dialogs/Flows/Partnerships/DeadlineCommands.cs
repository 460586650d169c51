using System.Globalization;
using System.Text;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>
/// `reminders`: the transparency deadlines of the user's submitted collaborations, computed from the pack's
/// disclosure rules. Scheduled reminder messages build on the same obligations.
/// </summary>
internal static class DeadlineCommands
{
    private const int Shown = 10;

    public static DialogTurnResult Reminders(CommandInvocation i, GuidancePack pack)
    {
        var calendar = new DisclosureCalendar(pack.Disclosure);
        var today = i.Context.Today;
        var workspace = PartnershipCommands.Workspace(i.Context);
        var upcoming = workspace.Collaborations
            .Where(c => c.Status == CollaborationStatus.Submitted)
            .SelectMany(c => calendar.Obligations(c.Answers).Select(o => (Collaboration: c, Obligation: o)))
            .Where(x => x.Obligation.Due is null || x.Obligation.Due >= today.AddDays(-30))
            .OrderBy(x => x.Obligation.Due ?? DateOnly.MaxValue)
            .ToList();
        if (upcoming.Count == 0)
        {
            i.Step.Say(workspace.Collaborations.Any(c => c.Status == CollaborationStatus.Submitted)
                ? "No disclosure deadlines are coming up for your collaborations."
                : "You have no submitted collaborations yet, so there are no disclosure deadlines. Type **new** to plan one.");
            return i.Step.End();
        }

        var text = new StringBuilder("Your upcoming transparency deadlines:\n\n");
        foreach (var (collaboration, obligation) in upcoming.Take(Shown))
        {
            var when = obligation.Due is { } due
                ? due.ToString("d MMM yyyy", CultureInfo.InvariantCulture) + (due < today ? " (overdue)" : "")
                : "no fixed date";
            var number = workspace.NumberOf(collaboration.Id);
            text.Append(CultureInfo.InvariantCulture, $"- {when}: {obligation.Title} ({number}. {collaboration.Title}; {pack.Source(obligation.SourceId).Title})\n");
            if (obligation.Due is null && obligation.Note is { } note)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {note}\n");
            }
        }

        if (upcoming.Count > Shown)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n…and {upcoming.Count - Shown} more.");
        }

        i.Step.Say(text.ToString().TrimEnd());
        return i.Step.End();
    }
}
