using System.Collections.Concurrent;
using System.Text.Json;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// A dialog of ordered steps over a typed state record <typeparamref name="TState"/> (saved as JSON between
/// turns). Each step gets the previous prompt's answer or child dialog's result and returns what happens next.
/// Register steps and prompts in the constructor.
/// </summary>
public abstract class WaterfallDialog<TState> : Dialog
    where TState : class
{
    // Checking a frame reads its state, initial state and every history entry's state, on every turn; the history
    // grows with each answer, so an interview re-read all earlier states each turn (a third of a turn in the bench
    // profile). Whether a JSON text reads as TState never changes, so the answer is remembered per raw text
    // (bounded: cleared when full).
    private const int ReadableCacheLimit = 4096;
    private readonly ConcurrentDictionary<string, bool> readable = new(StringComparer.Ordinal);
    private readonly List<Func<StepContext<TState>, DialogTurnResult>> steps = [];

    protected WaterfallDialog(string id, int version)
        : base(id, version)
    {
    }

    protected void AddStep(Func<StepContext<TState>, DialogTurnResult> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        steps.Add(step);
    }

    /// <summary>The state the dialog starts with; <paramref name="options"/> is what the caller passed to BeginDialog.</summary>
    protected abstract TState CreateState(object? options);

    /// <summary>
    /// Called when the user cancels (or a question gives up) while this dialog is on the stack. Emit effects to
    /// keep partial work and return a sentence saying what was kept, or null if there is nothing to say.
    /// </summary>
    protected virtual string? OnCancel(TState state, DialogContext context) => null;

    internal sealed override DialogStep Begin(DialogContext context, object? options)
    {
        var initial = EngineJson.ToElement(CreateState(options) ?? throw new InvalidOperationException($"Dialog '{Id}' created a null state."));
        var frame = new DialogFrame { DialogId = Id, Version = Version, State = initial, InitialState = initial };
        return RunFrom(context, frame, 0, null);
    }

    internal sealed override DialogStep Resume(DialogContext context, DialogFrame frame, object? result) =>
        RunFrom(context, frame with { Prompt = null }, frame.Step + 1, result);

    internal sealed override DialogStep Restart(DialogContext context, DialogFrame frame) =>
        RunFrom(context, frame with { Version = Version, State = frame.InitialState, Prompt = null, History = [], Step = 0 }, 0, null);

    internal sealed override bool CanLoad(DialogFrame frame) =>
        CanRead(frame.State) && CanRead(frame.InitialState) && frame.History.All(h => CanRead(h.State));

    internal sealed override bool CanRestart(DialogFrame frame) => TryRead(frame.InitialState, out _);

    internal sealed override string? Cancel(DialogContext context, DialogFrame frame) => OnCancel(Read(frame.State), context);

    private DialogStep RunFrom(DialogContext context, DialogFrame frame, int index, object? result)
    {
        if (steps.Count == 0)
        {
            throw new InvalidOperationException($"Dialog '{Id}' has no steps.");
        }

        while (index < steps.Count)
        {
            var step = new StepContext<TState>(context, this, Read(frame.State), index, result);
            var outcome = steps[index](step) ?? throw new InvalidOperationException($"Step {index} of dialog '{Id}' returned null.");
            frame = frame with { State = EngineJson.ToElement(step.State), Step = index };

            switch (outcome)
            {
                case DialogTurnResult.Next next:
                    index += 1 + next.Skip;
                    result = next.Result;
                    continue;
                case DialogTurnResult.Waiting waiting:
                    frame = frame with { Prompt = waiting.Prompt };
                    context.Reply(Prompt.RenderPending(this, waiting.Prompt));
                    return new DialogStep(frame, outcome);
                default:
                    return new DialogStep(frame, outcome);
            }
        }

        // Falling off the last step ends the dialog with whatever the last step passed on.
        return new DialogStep(frame, new DialogTurnResult.Complete(result));
    }

    private TState Read(JsonElement element) =>
        TryRead(element, out var state)
            ? state
            : throw new InvalidOperationException($"The saved state of dialog '{Id}' does not read as {typeof(TState).Name}.");

    private bool CanRead(JsonElement element)
    {
        var raw = element.GetRawText();
        if (readable.TryGetValue(raw, out var known))
        {
            return known;
        }

        var ok = TryRead(element, out _);
        if (readable.Count >= ReadableCacheLimit)
        {
            readable.Clear();
        }

        readable[raw] = ok;
        return ok;
    }

    private static bool TryRead(JsonElement element, out TState state) =>
        EngineJson.TryRead(element, EngineJson.DialogStateOptions, out state);
}
