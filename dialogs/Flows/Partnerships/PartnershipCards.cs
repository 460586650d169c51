using System.Globalization;
using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>The neutral cards of a collaboration: its assessment and its checklist.</summary>
public static class PartnershipCards
{
    public const string CollaborationValue = "collaboration";

    public static Card Assessment(GuidancePack pack, CollaborationRecord collaboration, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(collaboration);
        var assessment = Assessor.Assess(pack, collaboration.Answers, today);
        return new Card
        {
            Key = $"assessment:{collaboration.Id:N}",
            Title = $"Assessment: {Markdown.Escape(collaboration.Title)}",
            Text = $"**{assessment.Readiness}**",
            Sections = [.. assessment.Items.Select(i => new CardSection(
                $"{i.Principle.Id} {i.Principle.Title}: {Assessor.Label(i.Status)}",
                i.Reason,
                [
                    new CardFact("Reason source", i.ReasonSource.Cite(i.ReasonCite)),
                    new CardFact("Guidance", i.Principle.Summary),
                    new CardFact("Source", i.Source.Citation),
                ]))],
        };
    }

    public static Card Checklist(CollaborationRecord collaboration)
    {
        ArgumentNullException.ThrowIfNull(collaboration);
        var items = collaboration.Checklist;
        return new Card
        {
            Key = $"checklist:{collaboration.Id:N}",
            Title = $"Checklist: {Markdown.Escape(collaboration.Title)}",
            Text = $"{items.Count(i => i.Done)}/{items.Count} done. Tick items here, or type **done 2** / **undo 2**.",
            Checklist = [.. items.Select(i => new ChecklistEntry(i.ItemId, i.Text, i.Done, Detail(i)))],
            Actions = [new CardAction(CardIds.ChecklistSave, "Save", new Dictionary<string, string> { [CollaborationValue] = collaboration.Id.ToString("N") }, CardActionStyle.Positive)],
        };
    }

    public static string Detail(ChecklistItemRecord item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var parts = new List<string>();
        if (item.Due is { } due)
        {
            parts.Add($"Due {due.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}");
        }

        parts.Add($"Owner: {item.Owner}");
        parts.Add($"Source: {item.Source}");
        if (item is { Done: true, DoneBy: { } by, DoneAt: { } at })
        {
            parts.Add($"Done by {by} on {at.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}");
        }

        return string.Join(" · ", parts);
    }
}
