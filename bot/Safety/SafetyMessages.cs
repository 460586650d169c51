using System.Globalization;
using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Safety;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Texts;

namespace PartnershipBot.Safety;

/// <summary>
/// What the user is told on a detection (in their turn's language), and the report pharmacovigilance (or
/// compliance) receives, in the language configured for that team (Safety:Language, Reminders:Compliance:Language;
/// English by default). Texts in Notices.resx.
/// </summary>
public sealed class SafetyMessages(IOptions<SafetyOptions> options)
{
    /// <summary>The language pharmacovigilance reads its reports and receipts in (Safety:Language).</summary>
    public CultureInfo ReportCulture => options.Value.Culture;

    public Reply Notice(string reference, SafetyDetection found, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(found);
        culture ??= Languages.English;
        var settings = options.Value;
        var contact = settings.Contact;
        var who = contact.Name is { } name ? MarkdownText.Plain(name) : (contact.IsConfigured ? Say.SafetyPharmacovigilance : Say.SafetyYourTeam).In(culture);
        var kinds = string.Join(", ", found.Hits.Select(h => h.KindTitle.ToLowerInvariant()).Distinct());
        var deadline = settings.ReportingDeadline is { Length: > 0 } d
            ? Say.SafetyDeadlineConfigured.Format(culture, d)
            : Say.SafetyDeadlineProcedure.In(culture);
        var passed = contact.IsConfigured
            ? Say.SafetyPassed.Format(culture, who, reference)
            : Say.SafetyRecordedNoContact.Format(culture, reference, who);
        return new TextReply(Say.SafetyNotice.Format(culture, kinds, passed, deadline, who, reference));
    }

    /// <summary>The report as a card; every value is escaped, so the user's text reads as typed on every channel.</summary>
    public IReadOnlyList<Reply> Report(SafetyReportRow report, string? problem = null, CultureInfo? culture = null) =>
        [new CardReply(ReportCard(report, problem, culture ?? ReportCulture))];

    /// <summary>
    /// The report card. Sent to pharmacovigilance it carries "Mark received" until someone has; then it says who and
    /// when (the card a click refreshes). An escalation to compliance has no button: only pharmacovigilance marks.
    /// </summary>
    public static Card ReportCard(SafetyReportRow report, string? problem = null, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        culture ??= Languages.English;
        var facts = new List<CardFact>
        {
            new(Say.SafetyFactReference.In(culture), $"{report.Reference}"),
            new(Say.SafetyFactKinds.In(culture), $"{report.Kinds}"),
            new(Say.SafetyFactReportedBy.In(culture), $"{(report.UserName is { } userName ? MarkdownText.Plain(userName) : Say.SafetyNoName.In(culture))} ({report.UserChannel}:{report.UserId})"),
            new(Say.SafetyFactReceivedUtc.In(culture), $"{Utc(report.ReceivedAt)}"),
            new(Say.SafetyFactReceivedLocal.In(culture), report.LocalTime is { } local ? MarkdownText.Plain(local) : Say.SafetyNoTimeZone.In(culture)),
            new(Say.SafetyFactChannel.In(culture), $"{report.UserChannel}"),
        };
        if (report.CollaborationId is { } collaboration)
        {
            facts.Add(new(Say.NoticeFactCollaboration.In(culture), $"{collaboration.ToString()}"));
        }

        if (report.QuestionId is { } question)
        {
            facts.Add(new(Say.SafetyFactQuestion.In(culture), $"{question}"));
        }

        facts.Add(new(Say.SafetyFactMatched.In(culture), $"{report.Matched}"));
        if (report.AcknowledgedAt is { } acknowledgedAt)
        {
            facts.Add(new(Say.SafetyFactAcknowledged.In(culture), $"{report.AcknowledgedBy} ({report.AcknowledgedById}), {Utc(acknowledgedAt)} UTC"));
        }

        var what = report.NoteOf is { } noteOf
            ? Say.SafetyNoteIntro.Format(culture, noteOf)
            : Say.SafetyReportIntro.In(culture);
        var intro = problem is null
            ? what
            : Say.SafetyUndelivered.Format(culture, problem, what);
        var values = new Dictionary<string, string> { [SafetyReceipts.ReferenceValue] = report.Reference };
        return new Card
        {
            Key = $"safety:{report.Reference}",
            Title = report.NoteOf is { } about ? Say.SafetyNoteTitle.Format(culture, report.Reference, about) : Say.SafetyTitle.Format(culture, report.Reference),
            Text = $"{intro}\n\n{report.Text}",
            Facts = facts,
            Actions = problem is null && report.AcknowledgedAt is null
                ? [new CardAction(SafetyReceipts.Action, Say.SafetyMarkReceived.In(culture).Value, values, CardActionStyle.Positive)]
                : [],
        };
    }

    /// <summary>What the clicker is told when the card is not simply refreshed: refused, marked before, or unknown.</summary>
    public static MarkdownText ReceiptAnswer(SafetyAcknowledgement acknowledgement, string? reference, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        culture ??= Languages.English;
        return acknowledgement switch
        {
            { Outcome: SafetyAcknowledgementOutcome.Refused } =>
                Say.SafetyReceiptRefused.In(culture),
            { Outcome: SafetyAcknowledgementOutcome.AlreadyMarked, Report: { } r } =>
                Say.SafetyReceiptAlready.Format(culture, r.Reference, r.AcknowledgedBy, r.AcknowledgedById, Utc(r.AcknowledgedAt!.Value)),
            { Outcome: SafetyAcknowledgementOutcome.Marked, Report: { } r } =>
                Say.SafetyReceiptMarked.Format(culture, r.Reference, r.AcknowledgedBy, Utc(r.AcknowledgedAt!.Value)),
            _ => Say.SafetyReceiptUnknown.Format(culture, reference ?? "(no reference)"),
        };
    }

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
