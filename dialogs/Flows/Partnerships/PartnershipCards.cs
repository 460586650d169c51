using System.Globalization;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>The neutral cards of a collaboration: its assessment and its checklist.</summary>
public static class PartnershipCards
{
    public const string CollaborationValue = "collaboration";

    /// <param name="culture">The language (English when null): headings, and the pack's principles and reasons from its translations, marked once while unreviewed.</param>
    public static Card Assessment(GuidancePack pack, CollaborationRecord collaboration, DateOnly? today = null, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(collaboration);
        culture ??= Languages.English;
        var assessment = Assessor.Assess(pack, collaboration.Answers, today, culture);
        return new Card
        {
            Key = $"assessment:{collaboration.Id:N}",
            Title = T.AssessmentTitle.Format(culture, collaboration.Title),
            Text = $"**{assessment.Readiness(culture)}**{Mark(assessment.Unreviewed, culture)}",
            Sections = [.. assessment.Items.Select(i => new CardSection(
                $"{MarkdownText.Trusted(i.Principle.Id)} {MarkdownText.Trusted(i.Principle.Title)}: {Assessor.Label(i.Status, culture)}",
                // The reason quotes the user's answers: plain text.
                MarkdownText.Plain(i.Reason),
                Facts(i, culture)))],
        };
    }

    // One source line when the reason and the guidance come from the same place (it read twice on the card).
    private static IReadOnlyList<CardFact> Facts(PrincipleAssessment i, CultureInfo culture) => i.ReasonSource.Id == i.Source.Id
        ? [new CardFact(T.CardGuidance.In(culture), MarkdownText.Trusted(i.Principle.Summary)), new CardFact(T.CardSource.In(culture), MarkdownText.Trusted(i.ReasonSource.Cite(i.ReasonCite)))]
        : [new CardFact(T.CardReasonSource.In(culture), MarkdownText.Trusted(i.ReasonSource.Cite(i.ReasonCite))), new CardFact(T.CardGuidance.In(culture), MarkdownText.Trusted(i.Principle.Summary)),
            new CardFact(T.CardGuidanceSource.In(culture), MarkdownText.Trusted(i.Source.Citation))];

    /// <summary>
    /// The checklist in the order it is shown and numbered (so <c>done N</c> means the card's line N): open items
    /// past their date first, then by due date, items without a date last, ties in the pack's order.
    /// </summary>
    public static IReadOnlyList<ChecklistItemRecord> Ordered(IReadOnlyList<ChecklistItemRecord> items, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(items);
        return [.. items
            .Select((item, index) => (item, index))
            .OrderBy(x => IsOverdue(x.item, today) ? 0 : 1)
            .ThenBy(x => x.item.Due ?? DateOnly.MaxValue)
            .ThenBy(x => x.index)
            .Select(x => x.item)];
    }

    public static bool IsOverdue(ChecklistItemRecord item, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(item);
        return !item.Done && item.Due is { } due && due < today;
    }

    /// <param name="culture">The language (English when null): headings, and with <paramref name="pack"/> the items from the pack's translations, marked once while unreviewed.</param>
    public static Card Checklist(CollaborationRecord collaboration, DateOnly today, CultureInfo? culture = null, GuidancePack? pack = null)
    {
        ArgumentNullException.ThrowIfNull(collaboration);
        culture ??= Languages.English;
        var unreviewed = false;
        var items = Ordered(pack is null ? collaboration.Checklist : ChecklistBuilder.In(pack, collaboration.Answers, collaboration.Checklist, culture, out unreviewed), today);
        var overdue = items.Count(i => IsOverdue(i, today));
        var done = items.Count(i => i.Done);
        return new Card
        {
            Key = $"checklist:{collaboration.Id:N}",
            Title = T.ChecklistTitle.Format(culture, collaboration.Title),
            Text = $"{(overdue > 0 ? T.ChecklistSummaryOverdue.Format(culture, done, items.Count, overdue) : T.ChecklistSummary.Format(culture, done, items.Count))}{Mark(unreviewed, culture)}",
            Checklist = [.. items.Select((i, n) => new ChecklistEntry(i.ItemId, FirstSentence(i.Text, out var rest), i.Done, rest is null ? Detail(i, culture) : $"{rest} · {Detail(i, culture)}")
            {
                Number = n + 1,
                Due = i.Due is { } due ? CultureFormat.ShortDate(due, culture) : null,
                Overdue = IsOverdue(i, today),
            })],
            Actions = [new CardAction(CardIds.ChecklistSave, T.ChecklistSave.In(culture), new Dictionary<string, string> { [CollaborationValue] = collaboration.Id.ToString("N") }, CardActionStyle.Positive)],
        };
    }

    // Once per card, after its summary line, as a translated question carries it after its prompt.
    private static MarkdownText Mark(bool unreviewed, CultureInfo culture) =>
        unreviewed ? (MarkdownText)$" {T.TranslationNotReviewed.In(culture)}" : MarkdownText.Empty;

    /// <summary>
    /// The line a long item shows: its first sentence; the sentences after it (what the agreement must state, why
    /// the date is what it is) go with the details behind the toggle.
    /// </summary>
    internal static string FirstSentence(string text, out string? rest)
    {
        ArgumentNullException.ThrowIfNull(text);
        rest = null;
        if (text.Length <= ShortLine)
        {
            return text;
        }

        var depth = 0;
        for (var i = 0; i < text.Length - 2; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0 && text[i] == '.' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
            {
                rest = text[(i + 2)..];
                return text[..(i + 1)];
            }
        }

        return text;
    }

    private const int ShortLine = 120;

    /// <summary>The line behind an item's toggle, in <paramref name="culture"/>'s language: owner, source, who ticked it and when.</summary>
    public static string Detail(ChecklistItemRecord item, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(culture);
        var parts = new List<string>();
        parts.Add(T.ChecklistItemOwner.Plain(culture, item.Owner));
        parts.Add(T.ChecklistItemSource.Plain(culture, item.Source));
        if (item is { Done: true, DoneBy: { } by, DoneAt: { } at })
        {
            parts.Add(T.ChecklistItemDoneBy.Plain(culture, by, CultureFormat.ShortDate(DateOnly.FromDateTime(at.Date), culture)));
        }

        return string.Join(" · ", parts);
    }

    /// <summary>A checklist date: "1 Mar 2027" in English (every region), "1. März 2027", "1 mars 2027".</summary>
}
