using System.Collections.Immutable;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// Runs one turn of a conversation: (turn, saved state, host snapshots) -> (replies, new state, effects).
/// Pure: no I/O and no clock other than <see cref="Turn.Timestamp"/>. Thread-safe: dialogs are immutable and all
/// per-conversation data travels in the state, so one runner serves every conversation.
/// Exceptions thrown by a dialog step propagate: the host logs them and resets the stack.
/// </summary>
public sealed class DialogRunner
{
    private readonly ImmutableDictionary<string, Dialog> dialogs;

    /// <param name="root">Begun with the turn whenever the stack is empty (the main menu).</param>
    /// <param name="dialogs">Every other dialog a step may begin or replace by id.</param>
    public DialogRunner(Dialog root, IEnumerable<Dialog>? dialogs = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        Root = root;
        var builder = ImmutableDictionary.CreateBuilder<string, Dialog>(StringComparer.Ordinal);
        foreach (var dialog in (IEnumerable<Dialog>)[root, .. dialogs ?? []])
        {
            if (!builder.TryAdd(dialog.Id, dialog))
            {
                throw new ArgumentException($"Two dialogs share the id '{dialog.Id}'.", nameof(dialogs));
            }
        }

        this.dialogs = builder.ToImmutable();
    }

    public Dialog Root { get; }

    /// <summary>
    /// Which typed lines are the host's commands (the main menu's), so they work at an open question too; null
    /// when the host has none. Running one means beginning <see cref="Root"/> with the turn, above the question.
    /// </summary>
    public Func<string, TypedCommand?>? Commands { get; init; }

    /// <summary>
    /// Which card action ids end the open dialogs and begin <see cref="Root"/> with the turn (a form that carries
    /// on the interview itself), rather than being refused as a button of another question; null when none.
    /// </summary>
    public Func<string, bool>? ActionsLeavingQuestion { get; init; }

    /// <param name="inputs">Read-only snapshots the host loaded for this turn (see <see cref="TurnInputs"/>).</param>
    public TurnResult Run(Turn turn, ConversationState state, TurnInputs? inputs = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);

        var context = new DialogContext(turn, inputs ?? TurnInputs.Empty, state.Values);
        var run = new TurnRun(this, context, state.Stack);
        run.Execute(state.WasRecovered);

        var newState = new ConversationState { Stack = run.Stack, Values = context.Values };
        // The context ends with this call, so its lists are handed over rather than copied.
        return new TurnResult(context.Replies, newState, context.Effects.Count == 0 ? [] : context.Effects);
    }

    internal Dialog? Find(string dialogId) => dialogs.GetValueOrDefault(dialogId);

    internal Dialog Require(string dialogId) =>
        Find(dialogId) ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' is registered with the runner.");
}
