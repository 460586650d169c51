using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>
/// `reminders`: the open transparency obligations of the user's submitted collaborations, numbered, with where
/// their reminders stand; `remind me about N on DATE` adds a reminder to one of them.
/// </summary>
internal static partial class DeadlineCommands
{
    private const int Shown = 15;
    private const int DoneShown = 3;

    public static DialogTurnResult Reminders(CommandInvocation i, GuidancePack pack)
    {
        if (i.Context.Turn.Action is { } action && ReminderActions.Handles(action.Id))
        {
            return ReminderActions.Run(i, action, pack);
        }

        var today = i.Context.Today;
        var workspace = PartnershipCommands.Workspace(i.Context);
        var open = Upcoming(workspace, pack);
        if (open.Count == 0)
        {
            i.Step.Say(workspace.Collaborations.Any(c => c.Status == CollaborationStatus.Submitted)
                ? "No disclosure deadlines are open for your collaborations."
                : "You have no submitted collaborations yet, so there are no disclosure deadlines. Type **new** to plan one.");
            return i.Step.End();
        }

        var text = new StringBuilder("Your upcoming transparency deadlines:\n\n");
        for (var n = 1; n <= Math.Min(open.Count, Shown); n++)
        {
            var (collaboration, obligation) = open[n - 1];
            text.Append(CultureInfo.InvariantCulture, $"{n}. {When(obligation.Due, today)}: {obligation.Title} ({workspace.NumberOf(collaboration.Id)}. {Markdown.Escape(collaboration.Title)}; {pack.Source(obligation.SourceId).Title})\n");
            if (State(obligation, i.Context.Turn.Timestamp) is { } state)
            {
                text.Append(CultureInfo.InvariantCulture, $"   {state}\n");
            }
        }

        if (open.Count > Shown)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n…and {open.Count - Shown} more.\n");
        }

        var done = workspace.Obligations.Where(o => o.Status == ObligationStatus.Done).OrderByDescending(o => o.DoneAt).Take(DoneShown).ToList();
        if (done.Count > 0)
        {
            text.Append("\nDone lately:\n");
            foreach (var o in done)
            {
                text.Append(CultureInfo.InvariantCulture, $"- {o.Title}, marked done by {Markdown.Escape(o.DoneBy ?? "")} on {o.DoneAt:d MMM yyyy}\n");
            }
        }

        if (open.Any(x => x.Obligation.Id != Guid.Empty))
        {
            text.Append("\nType **remind me about N on DATE** for an extra reminder about one of them.");
        }

        i.Step.Say(text.ToString().TrimEnd());
        return i.Step.End();
    }

    public static DialogTurnResult RemindMe(CommandInvocation i, GuidancePack pack)
    {
        var usage = "Type **remind me about N on DATE**, for example \"remind me about 2 on 1 March 2027\"; **reminders** shows the numbers.";
        var match = RemindArguments().Match(i.Arguments);
        if (!match.Success)
        {
            i.Step.Say(usage);
            return i.Step.End();
        }

        var open = Upcoming(PartnershipCommands.Workspace(i.Context), pack);
        var n = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (n < 1 || n > open.Count || open[n - 1].Obligation.Id == Guid.Empty)
        {
            i.Step.Say(open.Count == 0 ? "You have no open disclosure deadlines to be reminded about." : $"There is no deadline {n}. {usage}");
            return i.Step.End();
        }

        var today = i.Context.Today;
        var date = DateRecognizer.Recognize(match.Groups["date"].Value, today);
        if (date.Kind != DateMatchKind.Found)
        {
            i.Step.Say(date.Error ?? $"I could not read \"{match.Groups["date"].Value}\" as a date. Try \"in 2 weeks\" or \"1 March 2027\".");
            return i.Step.End();
        }

        if (date.Date < today)
        {
            i.Step.Say($"{DialogContext.FormatDate(date.Date)} has passed; pick today or a later day.");
            return i.Step.End();
        }

        var obligation = open[n - 1].Obligation;
        i.Context.Emit(new RemindAboutObligation(obligation.Id, date.Date, ReviewDialog.Actor(i.Context.Turn), i.Context.Turn.Timestamp));
        i.Step.Say($"I'll remind you about \"{obligation.Title}\" on {DialogContext.FormatDate(date.Date)}.");
        return i.Step.End();
    }

    /// <summary>
    /// The open obligations in date order (undated last): the stored ones, or, for a collaboration stored before
    /// obligations were, those its answers give now (listed, but without reminders to act on).
    /// </summary>
    internal static List<(CollaborationRecord Collaboration, ObligationRecord Obligation)> Upcoming(PartnershipWorkspace workspace, GuidancePack pack)
    {
        var calendar = new DisclosureCalendar(pack.Disclosure);
        return [.. workspace.Collaborations
            .Where(c => c.Status == CollaborationStatus.Submitted)
            .SelectMany(c =>
            {
                var stored = workspace.Obligations.Where(o => o.CollaborationId == c.Id).ToList();
                var obligations = stored.Count > 0 ? stored : [.. calendar.Obligations(c.Answers).Select(o => Computed(c, o))];
                return obligations.Where(o => o.IsOpen).Select(o => (Collaboration: c, Obligation: o));
            })
            .OrderBy(x => x.Obligation.Due ?? DateOnly.MaxValue)
            .ThenBy(x => x.Obligation.Title, StringComparer.Ordinal)];
    }

    private static ObligationRecord Computed(CollaborationRecord collaboration, Obligation obligation) => new()
    {
        Id = Guid.Empty,
        CollaborationId = collaboration.Id,
        Kind = obligation.Kind,
        Title = obligation.Title,
        Due = obligation.Due,
        SourceId = obligation.SourceId,
        Note = obligation.Note,
        Status = obligation.Met ? ObligationStatus.Done : ObligationStatus.Open,
    };

    private static string When(DateOnly? due, DateOnly today) => due is { } d
        ? d.ToString("d MMM yyyy", CultureInfo.InvariantCulture) + (d < today ? " (overdue)" : "")
        : "no fixed date";

    private static string? State(ObligationRecord o, DateTimeOffset now)
    {
        if (o.Problem is not null)
        {
            return $"Reminders could not be delivered: {o.Problem}.";
        }

        var parts = new List<string>();
        if (o.SnoozedUntil is { } snoozed && snoozed > now)
        {
            parts.Add($"snoozed until {snoozed:d MMM yyyy HH:mm}");
        }

        if (o.NextReminder is { } next)
        {
            parts.Add($"next reminder {next:d MMM yyyy HH:mm}");
        }

        if (o.Due is null && o.Note is { } note)
        {
            parts.Add(note);
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    [GeneratedRegex(@"^(?<n>\d{1,3})\s+(on\s+)?(?<date>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RemindArguments();
}
