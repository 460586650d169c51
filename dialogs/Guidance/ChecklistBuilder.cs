using System.Globalization;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Dialogs.Flows.Partnerships;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>Builds a collaboration's checklist from the pack's templates and keeps ticks across rebuilds.</summary>
public static class ChecklistBuilder
{
    public static IReadOnlyList<ChecklistItemRecord> Build(GuidancePack pack, Answers answers, string owner)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(answers);
        var calendar = new DisclosureCalendar(pack.Disclosure);
        answers = DerivedAnswers.Of(answers);
        return [.. pack.Checklist
            .Where(t => t.When?.Evaluate(answers) ?? true)
            .Select(t => new ChecklistItemRecord
            {
                ItemId = t.Id,
                Text = AnswerText.Fill(pack, answers, t.Text),
                Source = pack.Source(t.SourceId).Cite(t.Cite),
                Due = t.Due?.Resolve(answers, calendar),
                Owner = owner,
            })];
    }

    /// <summary>
    /// The stored items as they read in the turn's language: each item's template translated and filled with the
    /// collaboration's answers (the stored text is the English one, filled at submission). An item whose template
    /// has no translation, or is no longer in the pack, keeps its stored text. <paramref name="unreviewed"/> says
    /// whether any text shown is a translation compliance has not reviewed yet.
    /// </summary>
    public static IReadOnlyList<ChecklistItemRecord> In(GuidancePack pack, Answers answers, IReadOnlyList<ChecklistItemRecord> items, CultureInfo culture, out bool unreviewed)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(items);
        unreviewed = false;
        if (Languages.Code(culture) == "en")
        {
            return items;
        }

        answers = DerivedAnswers.Of(answers);
        var result = new List<ChecklistItemRecord>(items.Count);
        foreach (var item in items)
        {
            var english = pack.Checklist.FirstOrDefault(t => t.Id == item.ItemId);
            if (english?.In(culture) is not { } template || ReferenceEquals(template, english))
            {
                result.Add(item);
                continue;
            }

            unreviewed |= template.Unreviewed;
            result.Add(item with { Text = AnswerText.FillIn(pack, answers, template.Text, culture) });
        }

        return result;
    }

    /// <summary>
    /// The new checklist for changed answers: items that still apply keep their done state (who and when);
    /// items that no longer apply are dropped; new ones start undone.
    /// </summary>
    public static IReadOnlyList<ChecklistItemRecord> Merge(IReadOnlyList<ChecklistItemRecord> rebuilt, IReadOnlyList<ChecklistItemRecord> previous)
    {
        ArgumentNullException.ThrowIfNull(rebuilt);
        ArgumentNullException.ThrowIfNull(previous);
        return [.. rebuilt.Select(item => previous.FirstOrDefault(p => p.ItemId == item.ItemId) is { Done: true } old
            ? item with { Done = true, DoneBy = old.DoneBy, DoneAt = old.DoneAt }
            : item)];
    }
}
