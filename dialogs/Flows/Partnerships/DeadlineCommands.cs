using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Texts;

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

        var culture = i.Context.Culture;
        var today = i.Context.Today;
        var workspace = PartnershipCommands.Workspace(i.Context);
        var open = Upcoming(workspace, pack);
        if (open.Count == 0)
        {
            i.Step.Say(workspace.Collaborations.Any(c => c.Status == CollaborationStatus.Submitted)
                ? T.DeadlinesNoneOpen.In(culture)
                : T.DeadlinesNoSubmitted.In(culture));
            return i.Step.End();
        }

        var zone = i.Context.Turn.User.TimeZone;
        var sections = new List<CardSection>();
        foreach (var group in open.Take(Shown).Select((x, index) => (x.Collaboration, x.Obligation, Number: index + 1)).GroupBy(x => x.Collaboration.Id))
        {
            var lines = new MarkdownBuilder();
            foreach (var series in group.GroupBy(x => x.Obligation.Title, StringComparer.Ordinal))
            {
                var items = series.ToList();
                if (Every([.. items.Select(x => x.Obligation.Due)], culture) is { } every)
                {
                    // A recurring obligation reads as one line; each occurrence keeps its own number, as
                    // `remind me about N` takes them.
                    var next = items.Find(x => x.Obligation.Due >= today);
                    var first = items[0];
                    lines.Append(T.DeadlinesRecurring.Format(
                        culture,
                        first.Number,
                        first.Obligation.Title,
                        every,
                        When(first.Obligation.Due, today, culture),
                        When((next.Obligation ?? first.Obligation).Due, today, culture),
                        string.Join(", ", items.Skip(1).Select(x => x.Number))));
                    AppendState(lines, first.Obligation, i.Context.Turn.Timestamp, zone, culture);
                    continue;
                }

                if (items.Count > 1 && items.All(x => x.Obligation.Due is not null))
                {
                    // Repeats on irregular dates: still one line, the first date in full and the others after it,
                    // each with the number `remind me about N` takes.
                    var (_, head, number) = items[0];
                    var more = items.Skip(1).Select(x => $"{When(x.Obligation.Due, today, culture)} ({x.Number})");
                    lines.Append(T.DeadlinesIrregular.Format(culture, number, When(head.Due, today, culture), head.Title, items.Count - 1, string.Join(", ", more)));
                    AppendState(lines, head, i.Context.Turn.Timestamp, zone, culture);
                    continue;
                }

                foreach (var (_, obligation, number) in items)
                {
                    lines.Append($"{number}. {When(obligation.Due, today, culture)}: {obligation.Title}");
                    AppendState(lines, obligation, i.Context.Turn.Timestamp, zone, culture);
                }
            }

            sections.Add(new CardSection(Markdown.Escape(group.First().Collaboration.Title), lines.ToMarkdown(), []));
        }

        var done = workspace.Obligations.Where(o => o.Status == ObligationStatus.Done).OrderByDescending(o => o.DoneAt).Take(DoneShown).ToList();
        if (done.Count > 0)
        {
            sections.Add(new CardSection(T.DeadlinesDoneLately.In(culture), MarkdownText.Join("\n", done.Select(o =>
                T.DeadlinesDoneLine.Format(culture, o.Title, o.DoneBy ?? "", o.DoneAt is { } doneAt ? CultureFormat.ShortDate(doneAt, culture) : ""))), []));
        }

        var text = new MarkdownBuilder();
        if (open.Any(x => x.Obligation.Id != Guid.Empty))
        {
            text.Append(T.DeadlinesRemindHint.In(culture));
        }

        if (open.Count > Shown)
        {
            text.Append($" {T.DeadlinesShowingFirst.Format(culture, Shown, open.Count)}");
        }

        i.Context.Reply(new CardReply(new Card
        {
            Key = "reminders",
            Title = T.DeadlinesTitle.In(culture),
            Sections = sections,
            Text = text.Length == 0 ? null : MarkdownText.Trusted(text.ToString().Trim()),
        }));
        return i.Step.End();
    }

    public static DialogTurnResult RemindMe(CommandInvocation i, GuidancePack pack)
    {
        var culture = i.Context.Culture;
        var usage = T.DeadlinesRemindUsage.In(culture);
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
            i.Step.Say(open.Count == 0 ? T.DeadlinesNothingToRemind.In(culture) : T.DeadlinesNoSuch.Format(culture, n, usage));
            return i.Step.End();
        }

        var today = i.Context.Today;
        var date = DateRecognizer.Recognize(match.Groups["date"].Value, today, i.Context.Culture);
        if (date.Kind != DateMatchKind.Found)
        {
            i.Step.Say(date.Error is { } error ? MarkdownText.Trusted(error) : T.DeadlinesDateUnreadable.Format(culture, match.Groups["date"].Value));
            return i.Step.End();
        }

        if (date.Date < today)
        {
            i.Step.Say(T.DeadlinesDatePassed.Format(culture, date.Date));
            return i.Step.End();
        }

        var obligation = open[n - 1].Obligation;
        i.Context.Emit(new RemindAboutObligation(obligation.Id, date.Date, ReviewDialog.Actor(i.Context.Turn), i.Context.Turn.Timestamp));
        i.Step.Say(T.DeadlinesWillRemind.Format(culture, obligation.Title, date.Date));
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

    /// <summary>A plain string (escaped where it is put, as before): "1 Mar 2027 (overdue)", "no fixed date".</summary>
    private static string When(DateOnly? due, DateOnly today, CultureInfo culture) => due is { } d
        ? CultureFormat.ShortDate(d, culture) + (d < today ? T.CmdOverdue.In(culture).Value : "")
        : T.DeadlinesNoFixedDate.In(culture).Value;

    /// <summary>"every 3 months" when the dates repeat at a fixed number of months, otherwise null.</summary>
    private static string? Every(IReadOnlyList<DateOnly?> dues, CultureInfo culture)
    {
        if (dues.Count < 2 || dues.Any(d => d is null))
        {
            return null;
        }

        var first = dues[0]!.Value;
        var second = dues[1]!.Value;
        var months = ((second.Year - first.Year) * 12) + second.Month - first.Month;
        if (months <= 0 || Enumerable.Range(0, dues.Count).Any(k => first.AddMonths(k * months) != dues[k]))
        {
            return null;
        }

        return months switch
        {
            1 => T.DeadlinesEveryMonth.In(culture).Value,
            12 => T.DeadlinesEveryYear.In(culture).Value,
            _ => T.DeadlinesEveryMonths.In(culture).Value.Replace("{0}", months.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
        };
    }

    // On the item's own line: an indented line under a list item runs into it in Teams' markdown.
    private static void AppendState(MarkdownBuilder lines, ObligationRecord o, DateTimeOffset now, string? zone, CultureInfo culture)
    {
        if (State(o, now, zone, culture) is { } state)
        {
            lines.Append($" · {state}");
        }

        lines.Append($"\n");
    }

    /// <summary>Where the reminders stand: the problem, the times and the note are values, escaped into the texts.</summary>
    private static MarkdownText? State(ObligationRecord o, DateTimeOffset now, string? zone, CultureInfo culture)
    {
        if (o.Problem is not null)
        {
            return T.DeadlinesUndelivered.Format(culture, o.Problem);
        }

        var parts = new List<MarkdownText>();
        if (o.SnoozedUntil is { } snoozed && snoozed > now)
        {
            parts.Add(T.DeadlinesSnoozedUntil.Format(culture, AtTime(snoozed, zone, culture)));
        }

        if (o.NextReminder is { } next)
        {
            parts.Add(T.DeadlinesNextReminder.Format(culture, AtTime(next, zone, culture)));
        }

        if (o.Due is null && o.Note is { } note)
        {
            parts.Add(Markdown.Escape(note));
        }

        return parts.Count == 0 ? null : MarkdownText.Join("; ", parts);
    }

    /// <summary>"15 Jun 2027 09:00 Europe/London": the time in the user's zone, named, or in UTC without one.</summary>
    private static string AtTime(DateTimeOffset at, string? zoneId, CultureInfo culture)
    {
        if (!string.IsNullOrWhiteSpace(zoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            return CultureFormat.ShortDateTime(TimeZoneInfo.ConvertTime(at, zone), culture) + " " + zoneId;
        }

        return CultureFormat.ShortDateTime(at.ToUniversalTime(), culture) + " UTC";
    }


    [GeneratedRegex(@"^(?<n>\d{1,3})\s+(on\s+)?(?<date>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RemindArguments();
}
