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
