using System.Globalization;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Texts;

namespace PartnershipBot.Reminders;

/// <summary>
/// The words of reminder messages, as channel-neutral replies: the owner's card with Done, Snooze and Open
/// checklist, and the escalation to the compliance contact. Each in the recipient's culture (Notices.resx): the
/// owner's from their delivery account (UserCultures), the compliance contact's from its configured language.
/// </summary>
public sealed class ReminderMessages(GuidancePack pack)
{
    public IReadOnlyList<Reply> ForOwner(ObligationRow obligation, string collaborationTitle, string kind, DateOnly today, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        culture ??= Languages.English;
        var overdue = obligation.Due is { } d && d < today;
        var title = (overdue ? Say.NoticeOverdueTitle : Say.NoticeReminderTitle).Format(culture, obligation.Title);
        var values = new Dictionary<string, string> { [CardIds.ObligationValue] = obligation.Id.ToString("N") };
        var facts = new List<CardFact>
        {
            new(Say.NoticeFactCollaboration.In(culture), $"{collaborationTitle}"),
            new(Say.NoticeFactDue.In(culture), obligation.Due is { } due ? (MarkdownText)$"{CultureFormat.ShortDate(due, culture)} ({Distance(due, today, culture)})" : Say.NoticeNoFixedDate.In(culture)),
            new(Say.NoticeFactSource.In(culture), MarkdownText.Trusted(pack.Source(obligation.SourceId).Title)),
        };
        var text = kind switch
        {
            ReminderKinds.Custom => Say.NoticeReminderCustom,
            ReminderKinds.Snooze => Say.NoticeSnoozeOver,
            _ when overdue => Say.NoticeStepOverdue,
            _ => Say.NoticeStepComingUp,
        };

        // The note is the pack's text about the rule (trusted); the words before it are the code's.
        var body = obligation.Note is { } note ? MarkdownText.Trusted(text.In(culture).Value + " " + note) : text.In(culture);
        return
        [
            new CardReply(new Card
            {
                Key = $"reminder:{obligation.Id:N}",
                Title = title,
                Text = body,
                Facts = facts,
                Actions =
                [
                    new CardAction(CardIds.ReminderDone, Label(Say.NoticeButtonDone, culture), values, CardActionStyle.Positive),
                    new CardAction(CardIds.ReminderSnooze, Label(Say.NoticeButtonSnoozeDay, culture), new Dictionary<string, string>(values) { [CardIds.SnoozeDaysValue] = "1" }),
                    new CardAction(CardIds.ReminderSnooze, Label(Say.NoticeButtonSnoozeWeek, culture), new Dictionary<string, string>(values) { [CardIds.SnoozeDaysValue] = "7" }),
                    new CardAction(CardIds.ReminderChecklist, Label(Say.NoticeButtonChecklist, culture), new Dictionary<string, string> { [PartnershipCards.CollaborationValue] = obligation.CollaborationId.ToString("N") }),
                ],
            }),
        ];
    }

    /// <summary>To the compliance contact: whose obligation, which collaboration, how late, and why they hear of it.</summary>
    public IReadOnlyList<Reply> ForCompliance(ObligationRow obligation, string collaborationTitle, bool ownerUnreachable, DateOnly today, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        culture ??= Languages.English;
        var owner = obligation.OwnerName ?? obligation.OwnerUserId;
        var due = obligation.Due is { } d ? Say.NoticeWasDue.Format(culture, CultureFormat.ShortDate(d, culture), Distance(d, today, culture)) : Say.NoticeHasNoFixedDate.In(culture);
        var why = ownerUnreachable
            ? Say.NoticeOwnerUnreachable.Format(culture, owner, obligation.OwnerChannel)
            : Say.NoticeOwnerStillOpen.Format(culture, owner, pack.Disclosure.Reminders.EscalateAfterOverdue);
        return [new TextReply(Say.NoticeTransparencyEscalation.Format(culture, obligation.Title, collaborationTitle, due, why))];
    }

    /// <summary>To the compliance contact: a country or rule the pack cannot date, so someone must check the local code.</summary>
    public IReadOnlyList<Reply> RuleNeeded(ObligationRow obligation, string collaborationTitle, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        culture ??= Languages.English;
        var owner = obligation.OwnerName ?? obligation.OwnerUserId;
        return [new TextReply(Say.NoticeRuleNeeded.Format(culture, obligation.Title, collaborationTitle, owner, MarkdownText.Trusted(obligation.Note ?? ""), MarkdownText.Trusted(pack.Source(obligation.SourceId).Title)))];
    }

    public static IReadOnlyList<Reply> EscalationNotice(ObligationRow obligation, string contactName) => EscalationNotice(obligation, MarkdownText.Plain(contactName), Languages.English);

    /// <summary>To the owner: their obligation was escalated to <paramref name="contactName"/> (ComplianceContact.NameIn).</summary>
    public static IReadOnlyList<Reply> EscalationNotice(ObligationRow obligation, MarkdownText contactName, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        return [new TextReply(Say.NoticeEscalatedToContact.Format(culture, obligation.Title, contactName))];
    }

    // A button's title is plain text: the resource's own words, which carry no markup.
    private static string Label(LocalText text, CultureInfo culture) => text.In(culture).Value;

    private static MarkdownText Distance(DateOnly due, DateOnly today, CultureInfo culture) => (due.DayNumber - today.DayNumber) switch
    {
        0 => Say.NoticeToday.In(culture),
        1 => Say.NoticeTomorrow.In(culture),
        -1 => Say.NoticeYesterday.In(culture),
        > 1 and var n => Say.NoticeInDays.Format(culture, n),
        var n => Say.NoticeDaysAgo.Format(culture, -n),
    };
}
