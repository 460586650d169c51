using System.Globalization;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>`checklist [N]`, `done N`, `undo N` and the checklist card's Save button.</summary>
internal sealed class ChecklistCommands(GuidancePack pack)
{
    public DialogTurnResult Show(CommandInvocation i)
    {
        if (i.Context.Turn.Action is { Id: CardIds.ChecklistSave } action)
        {
            return Save(i, action);
        }

        var workspace = PartnershipCommands.Workspace(i.Context);
        CollaborationRecord? collaboration;
        if (i.Arguments.Length > 0)
        {
            if (!int.TryParse(i.Arguments, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || workspace.ByNumber(n) is not { } chosen)
            {
                i.Step.Say($"There is no collaboration \"{i.Arguments}\". **list** shows their numbers.");
                return i.Step.End();
            }

            collaboration = chosen;
            i.Context.SetValue(PartnershipCommands.CurrentKey, chosen.Id);
        }
        else
        {
            collaboration = PartnershipCommands.Current(i.Context);
        }

        if (collaboration is null)
        {
            return PartnershipCommands.NoCollaboration(i);
        }

        if (collaboration.Status == CollaborationStatus.Draft)
        {
            i.Step.Say($"\"{Markdown.Escape(collaboration.Title)}\" is still a draft: the checklist comes when you submit it. Type **new** to carry on.");
            return i.Step.End();
        }

        i.Context.Reply(new CardReply(PartnershipCards.Checklist(collaboration, i.Context.Today, i.Context.Culture, pack)));
        return i.Step.End();
    }

    public DialogTurnResult Toggle(CommandInvocation i, bool done)
    {
        if (PartnershipCommands.Current(i.Context) is not { Status: CollaborationStatus.Submitted } c)
        {
            i.Step.Say($"There is no submitted collaboration with a checklist yet. Type **new** to plan one, or **list** to pick one.");
            return i.Step.End();
        }

        if (!int.TryParse(i.Arguments, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > c.Checklist.Count)
        {
            i.Step.Say($"Type **{(done ? "done" : "undo")}** and an item number from 1 to {c.Checklist.Count}; **checklist** shows them.");
            return i.Step.End();
        }

        // Numbered as the card shows them (see PartnershipCards.Ordered).
        var item = PartnershipCards.Ordered(c.Checklist, i.Context.Today)[n - 1];
        var updated = Apply(i, c, [(item.ItemId, done)]);
        i.Step.Say($"{(done ? "Ticked" : "Unticked")} item {n}: {PartnershipCommands.Short(item.Text)} Checklist: {updated.Checklist.Count(x => x.Done)}/{updated.Checklist.Count} done.");
        return i.Step.End();
    }

    /// <summary>The card's toggles: apply what changed and redraw the same card in place.</summary>
    private DialogTurnResult Save(CommandInvocation i, UserAction action)
    {
        var workspace = PartnershipCommands.Workspace(i.Context);
        if (!Guid.TryParseExact(action[PartnershipCards.CollaborationValue] ?? "", "N", out var id) || workspace.ById(id) is not { } c)
        {
            i.Step.Say($"That checklist is no longer available. Type **checklist** for the current one.");
            return i.Step.End();
        }

        var changes = c.Checklist
            .Select(item => (item.ItemId, Done: action[CardIds.ChecklistItemPrefix + item.ItemId] is { } v ? string.Equals(v, "true", StringComparison.OrdinalIgnoreCase) : item.Done))
            .Where(change => c.Checklist.First(x => x.ItemId == change.ItemId).Done != change.Done)
            .ToList();
        var updated = Apply(i, c, changes);
        i.Context.Reply(new CardReply(PartnershipCards.Checklist(updated, i.Context.Today, i.Context.Culture, pack), ReplacesOriginal: true));
        return i.Step.End();
    }

    /// <summary>Emits the ticks and returns the collaboration as it will look once they are stored.</summary>
    private static CollaborationRecord Apply(CommandInvocation i, CollaborationRecord c, IReadOnlyList<(string ItemId, bool Done)> changes)
    {
        var actor = ReviewDialog.Actor(i.Context.Turn);
        var at = i.Context.Turn.Timestamp;
        foreach (var (itemId, done) in changes)
        {
            i.Context.Emit(new SetChecklistItem(c.Id, itemId, done, actor, at));
        }

        return c with
        {
            Checklist = [.. c.Checklist.Select(item => changes.Any(x => x.ItemId == item.ItemId)
                ? item with { Done = !item.Done, DoneBy = item.Done ? null : actor, DoneAt = item.Done ? null : at }
                : item)],
        };
    }
}
