using System.Globalization;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Texts;

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
                i.Step.Say(T.CmdChecklistNoSuch.Format(i.Context.Culture, i.Arguments));
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
            i.Step.Say(T.CmdChecklistDraft.Format(i.Context.Culture, collaboration.Title));
            return i.Step.End();
        }

        i.Context.Reply(new CardReply(PartnershipCards.Checklist(collaboration, i.Context.Today, i.Context.Culture, pack)));
        return i.Step.End();
    }

    public DialogTurnResult Toggle(CommandInvocation i, bool done)
    {
        if (PartnershipCommands.Current(i.Context) is not { Status: CollaborationStatus.Submitted } c)
        {
            i.Step.Say(T.CmdChecklistNone.In(i.Context.Culture));
            return i.Step.End();
        }

        if (!int.TryParse(i.Arguments, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > c.Checklist.Count)
        {
            i.Step.Say(T.CmdChecklistToggleUsage.Format(i.Context.Culture, done ? "done" : "undo", c.Checklist.Count));
            return i.Step.End();
        }

        // Numbered as the card shows them (see PartnershipCards.Ordered).
        var item = PartnershipCards.Ordered(c.Checklist, i.Context.Today)[n - 1];
        var updated = Apply(i, c, [(item.ItemId, done)]);
        i.Step.Say((done ? T.CmdChecklistTicked : T.CmdChecklistUnticked)
            .Format(i.Context.Culture, n, PartnershipCommands.Short(item.Text), updated.Checklist.Count(x => x.Done), updated.Checklist.Count));
        return i.Step.End();
    }

    /// <summary>The card's toggles: apply what changed and redraw the same card in place.</summary>
    private DialogTurnResult Save(CommandInvocation i, UserAction action)
    {
        var workspace = PartnershipCommands.Workspace(i.Context);
        if (!Guid.TryParseExact(action[PartnershipCards.CollaborationValue] ?? "", "N", out var id) || workspace.ById(id) is not { } c)
        {
            i.Step.Say(T.CmdChecklistGone.In(i.Context.Culture));
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
