using System.Globalization;
using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Safety;

namespace PartnershipBot.Safety;

/// <summary>What the user is told on a detection, and the report pharmacovigilance (or compliance) receives.</summary>
public sealed class SafetyMessages(IOptions<SafetyOptions> options)
{
    public Reply Notice(string reference, SafetyDetection found)
    {
        ArgumentNullException.ThrowIfNull(found);
        var settings = options.Value;
        var contact = settings.Contact;
        var who = contact.Name ?? (contact.IsConfigured ? "pharmacovigilance" : "your pharmacovigilance team");
        var kinds = string.Join(", ", found.Hits.Select(h => h.KindTitle.ToLowerInvariant()).Distinct());
        var deadline = settings.ReportingDeadline is { Length: > 0 } d
            ? Text($"Safety information must reach them {d}.")
            : Text($"Safety information must reach them within the time your company's safety reporting procedure sets.");
        var passed = contact.IsConfigured
            ? Text($"It has been passed to {who} with reference **{reference}**.")
            : Text($"It has been recorded with reference **{reference}**, but no pharmacovigilance contact is set up here: please report it to {who} yourself, quoting the reference.");
        return new TextReply(
            $"**This may be safety information** ({kinds}). {passed} {deadline}\n\n"
            + $"To add a note (what happened, to whom, which medicine, when, or that it was not a side effect), type **safety note** and your words; the report still goes. Or contact {who} quoting **{reference}**. Your answer has been taken as usual; carry on where you were.");
    }

    /// <summary>The report as a card; every value is escaped, so the user's text reads as typed on every channel.</summary>
    public IReadOnlyList<Reply> Report(SafetyReportRow report, string? problem = null) => [new CardReply(ReportCard(report, problem))];

    /// <summary>
    /// The report card. Sent to pharmacovigilance it carries "Mark received" until someone has; then it says who and
    /// when (the card a click refreshes). An escalation to compliance has no button: only pharmacovigilance marks.
    /// </summary>
    public static Card ReportCard(SafetyReportRow report, string? problem = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var facts = new List<CardFact>
        {
            new($"Reference", $"{report.Reference}"),
            new($"Kinds", $"{report.Kinds}"),
            new($"Reported by", $"{report.UserName ?? "(no name)"} ({report.UserChannel}:{report.UserId})"),
            new($"Received (UTC)", $"{Utc(report.ReceivedAt)}"),
            new($"Received (user's time)", $"{report.LocalTime ?? "time zone not known"}"),
            new($"Channel", $"{report.UserChannel}"),
        };
        if (report.CollaborationId is { } collaboration)
        {
            facts.Add(new($"Collaboration", $"{collaboration.ToString()}"));
        }

        if (report.QuestionId is { } question)
        {
            facts.Add(new($"Answer to question", $"{question}"));
        }

        facts.Add(new($"What matched", $"{report.Matched}"));
        if (report.AcknowledgedAt is { } acknowledgedAt)
        {
            facts.Add(new($"Received by pharmacovigilance", $"{report.AcknowledgedBy} ({report.AcknowledgedById}), {Utc(acknowledgedAt)} UTC"));
        }

        var what = report.NoteOf is { } noteOf
            ? Text($"The reporter added a note to safety report **{noteOf}**. The note, exactly as sent:")
            : Text($"Possible safety information typed to PartnershipBot. The text, exactly as sent:");
        var intro = problem is null
            ? what
            : Text($"**Could not be delivered to pharmacovigilance** ({problem}): please pass it on now. {what}");
        var values = new Dictionary<string, string> { [SafetyReceipts.ReferenceValue] = report.Reference };
        return new Card
        {
            Key = $"safety:{report.Reference}",
            Title = report.NoteOf is { } about ? Text($"Note {report.Reference} on safety information {about}") : Text($"Safety information {report.Reference}"),
            Text = $"{intro}\n\n{report.Text}",
            Facts = facts,
            Actions = problem is null && report.AcknowledgedAt is null
                ? [new CardAction(SafetyReceipts.Action, "Mark received", values, CardActionStyle.Positive)]
                : [],
        };
    }

    /// <summary>What the clicker is told when the card is not simply refreshed: refused, marked before, or unknown.</summary>
    public static MarkdownText ReceiptAnswer(SafetyAcknowledgement acknowledgement, string? reference)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        return acknowledgement switch
        {
            { Outcome: SafetyAcknowledgementOutcome.Refused } =>
                Text($"Only the pharmacovigilance channel can mark a safety report received. Nothing was recorded."),
            { Outcome: SafetyAcknowledgementOutcome.AlreadyMarked, Report: { } r } =>
                Text($"{r.Reference} was already marked received by {r.AcknowledgedBy} ({r.AcknowledgedById}) at {Utc(r.AcknowledgedAt!.Value)} UTC."),
            { Outcome: SafetyAcknowledgementOutcome.Marked, Report: { } r } =>
                Text($"{r.Reference} is marked received by {r.AcknowledgedBy} at {Utc(r.AcknowledgedAt!.Value)} UTC."),
            _ => Text($"There is no safety report {reference ?? "(no reference)"}."),
        };
    }

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    // Lets a conditional pick between two interpolated texts, each escaped by MarkdownText.
    private static MarkdownText Text(MarkdownText text) => text;
}
