using System.Globalization;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Reminders;

/// <summary>
/// The words of reminder messages, as channel-neutral replies: the owner's card with Done, Snooze and Open
/// checklist, and the escalation to the compliance contact.
/// </summary>
public sealed class ReminderMessages(GuidancePack pack)
{
    public IReadOnlyList<Reply> ForOwner(ObligationRow obligation, string collaborationTitle, string kind, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        var overdue = obligation.Due is { } d && d < today;
        MarkdownText title = $"{(overdue ? "Overdue" : "Reminder")}: {obligation.Title}";
        var values = new Dictionary<string, string> { [CardIds.ObligationValue] = obligation.Id.ToString("N") };
        var facts = new List<CardFact>
        {
            new($"Collaboration", $"{collaborationTitle}"),
            new($"Due", obligation.Due is { } due ? (MarkdownText)$"{due.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} ({Distance(due, today)})" : (MarkdownText)$"no fixed date"),
            new($"Source", MarkdownText.Trusted(pack.Source(obligation.SourceId).Title)),
        };
        string text = kind switch
        {
            ReminderKinds.Custom => "You asked me to remind you about this today.",
            ReminderKinds.Snooze => "Your snooze is over: this is still open.",
            _ when overdue => "This transparency step is past its due date. Mark it done once it is complete, or snooze it while you finish.",
            _ => "This transparency step is coming up. Mark it done once it is complete.",
        };
        if (obligation.Note is { } note)
        {
            text += " " + note;
        }

        return
        [
            new CardReply(new Card
            {
                Key = $"reminder:{obligation.Id:N}",
                Title = title,
                // The note is the pack's text about the rule (trusted); the words above are the code's.
                Text = MarkdownText.Trusted(text),
                Facts = facts,
                Actions =
                [
                    new CardAction(CardIds.ReminderDone, "Done", values, CardActionStyle.Positive),
                    new CardAction(CardIds.ReminderSnooze, "Snooze 1 day", new Dictionary<string, string>(values) { [CardIds.SnoozeDaysValue] = "1" }),
                    new CardAction(CardIds.ReminderSnooze, "Snooze 1 week", new Dictionary<string, string>(values) { [CardIds.SnoozeDaysValue] = "7" }),
                    new CardAction(CardIds.ReminderChecklist, "Open checklist", new Dictionary<string, string> { [PartnershipCards.CollaborationValue] = obligation.CollaborationId.ToString("N") }),
                ],
            }),
        ];
    }

    /// <summary>To the compliance contact: whose obligation, which collaboration, how late, and why they hear of it.</summary>
    public IReadOnlyList<Reply> ForCompliance(ObligationRow obligation, string collaborationTitle, bool ownerUnreachable, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        var owner = obligation.OwnerName ?? obligation.OwnerUserId;
        var due = obligation.Due is { } d ? $"was due {d.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} ({Distance(d, today)})" : "has no fixed date";
        MarkdownText why = ownerUnreachable
            ? (MarkdownText)$"I could not deliver reminders to {owner} on {obligation.OwnerChannel} (the bot may have been removed or blocked)."
            : (MarkdownText)$"{owner} has had {pack.Disclosure.Reminders.EscalateAfterOverdue} overdue reminders and it is still open.";
        return [new TextReply($"**Transparency escalation**: \"{obligation.Title}\" for \"{collaborationTitle}\" {due}. {why}")];
    }

    /// <summary>To the compliance contact: a country or rule the pack cannot date, so someone must check the local code.</summary>
    public IReadOnlyList<Reply> RuleNeeded(ObligationRow obligation, string collaborationTitle)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        var owner = obligation.OwnerName ?? obligation.OwnerUserId;
        return [new TextReply($"**Disclosure rule needed**: \"{obligation.Title}\" for \"{collaborationTitle}\" (owner {owner}). {MarkdownText.Trusted(obligation.Note ?? "")} No date was invented; source: {MarkdownText.Trusted(pack.Source(obligation.SourceId).Title)}.")];
    }

    public static IReadOnlyList<Reply> EscalationNotice(ObligationRow obligation, string contactName)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        return [new TextReply($"\"{obligation.Title}\" is still open after several reminders, so I have let {contactName} know. Mark it done once it is complete.")];
    }

    private static string Distance(DateOnly due, DateOnly today) => (due.DayNumber - today.DayNumber) switch
    {
        0 => "today",
        1 => "tomorrow",
        -1 => "yesterday",
        > 1 and var n => $"in {n} days",
        var n => $"{-n} days ago",
    };
}
