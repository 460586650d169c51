using System.Collections.Concurrent;
using System.Runtime.InteropServices;
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
    // Checking a frame reads its state, initial state and every history entry's state, on every turn. States made
    // in memory are records already; a state loaded from JSON is read once when used, but checking a loaded
    // history (which grows with each answer) would otherwise read every earlier state on every loaded turn.
    // Whether a JSON text reads as TState never changes, so the answer is remembered per raw text (bounded).
    private const int ReadableCacheLimit = 4096;
    private readonly ConcurrentDictionary<byte[], bool> readable = new(Utf8TextComparer.Instance);
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
    protected virtual MarkdownText? OnCancel(TState state, DialogContext context) => null;

    internal sealed override DialogStep Begin(DialogContext context, object? options)
    {
        var initial = DialogStateValue.Of(CreateState(options) ?? throw new InvalidOperationException($"Dialog '{Id}' created a null state."));
        return RunFrom(context, new DialogFrame(Id, Version, initial), 0, null);
    }

    internal sealed override DialogStep Resume(DialogContext context, DialogFrame frame, object? result) =>
        RunFrom(context, frame, frame.Step + 1, result);

    internal sealed override DialogStep Restart(DialogContext context, DialogFrame frame) =>
        RunFrom(context, frame with { Version = Version, StateValue = frame.InitialStateValue, Prompt = null, History = [], Step = 0 }, 0, null);

    internal sealed override bool CanLoad(DialogFrame frame)
    {
        if (!CanRead(frame.StateValue) || !CanRead(frame.InitialStateValue))
        {
            return false;
        }

        foreach (var entry in frame.History)
        {
            if (!CanRead(entry.StateValue))
            {
                return false;
            }
        }

        return true;
    }

    internal sealed override bool CanRestart(DialogFrame frame) => TryRead(frame.InitialStateValue, out _);

    /// <summary>
    /// True when every step that asks a question asks it from the state alone (the state, the pack, the turn's
    /// language; no workspace, no clock): `back` then asks the question again from the saved state, so the history
    /// saves no question text. The engine still checks, when a question is answered, that asking again gives the
    /// same question, and keeps the question in the history otherwise.
    /// </summary>
    protected virtual bool AsksFromStateAlone => false;

    internal sealed override PendingPrompt? AskAgain(DialogContext context, DialogStateValue state, int step)
    {
        if (!AsksFromStateAlone || step < 0 || step >= steps.Count || !TryRead(state, out var read))
        {
            return null;
        }

        // A context of its own: what the step says, emits or sets while asking again is not this turn's.
        var aside = new DialogContext(context.Turn, context.Inputs, context.Values);
        return steps[step](new StepContext<TState>(aside, this, read, step, null)) is DialogTurnResult.Waiting waiting ? waiting.Prompt : null;
    }

    internal sealed override MarkdownText? Cancel(DialogContext context, DialogFrame frame) => OnCancel(Read(frame.StateValue), context);

    /// <remarks>
    /// The frame is copied once, when the run stops, rather than after every step: a turn through a looping
    /// interview made several frame copies per step. The frame it returns has no open question unless it waits.
    /// </remarks>
    private DialogStep RunFrom(DialogContext context, DialogFrame frame, int index, object? result)
    {
        if (steps.Count == 0)
        {
            throw new InvalidOperationException($"Dialog '{Id}' has no steps.");
        }

        var stateValue = frame.StateValue;
        var stepIndex = frame.Step;
        while (index < steps.Count)
        {
            var before = Read(stateValue);
            var step = new StepContext<TState>(context, this, before, index, result);
            var outcome = steps[index](step) ?? throw new InvalidOperationException($"Step {index} of dialog '{Id}' returned null.");
            stateValue = ReferenceEquals(step.State, before) ? stateValue : DialogStateValue.Of(step.State);
            stepIndex = index;

            switch (outcome)
            {
                case DialogTurnResult.Next next:
                    index += 1 + next.Skip;
                    result = next.Result;
                    continue;
                case DialogTurnResult.Waiting waiting:
                    frame = Stopped(frame, stateValue, stepIndex, waiting.Prompt);
                    context.Reply(Prompt.RenderPending(this, waiting.Prompt, context.Culture));
                    return new DialogStep(frame, outcome);
                default:
                    return new DialogStep(Stopped(frame, stateValue, stepIndex, null), outcome);
            }
        }

        // Falling off the last step ends the dialog with whatever the last step passed on.
        return new DialogStep(Stopped(frame, stateValue, stepIndex, null), new DialogTurnResult.Complete(result));
    }

    private static DialogFrame Stopped(DialogFrame frame, DialogStateValue state, int step, PendingPrompt? prompt) =>
        ReferenceEquals(frame.StateValue, state) && frame.Step == step && ReferenceEquals(frame.Prompt, prompt)
            ? frame
            : frame with { StateValue = state, Step = step, Prompt = prompt };

    private TState Read(DialogStateValue value) =>
        TryRead(value, out var state)
            ? state
            : throw new InvalidOperationException($"The saved state of dialog '{Id}' does not read as {typeof(TState).Name}.");

    private bool CanRead(DialogStateValue value)
    {
        if (value.Typed<TState>() is not null)
        {
            return true;
        }

        // Keyed by the saved UTF-8 text, so checking a loaded history makes no strings.
        var raw = value.Utf8;
        if (raw.IsEmpty)
        {
            var element = value.Json;
            if (element.ValueKind == JsonValueKind.Undefined)
            {
                return false;
            }

            raw = JsonMarshal.GetRawUtf8Value(element);
        }

        var lookup = readable.GetAlternateLookup<ReadOnlySpan<byte>>();
        if (lookup.TryGetValue(raw, out var known))
        {
            return known;
        }

        var ok = TryRead(value, out _);
        if (readable.Count >= ReadableCacheLimit)
        {
            readable.Clear();
        }

        lookup[raw] = ok;
        return ok;
    }

    private static bool TryRead(DialogStateValue value, out TState state)
    {
        if (value.Typed<TState>() is { } typed)
        {
            state = typed;
            return true;
        }

        if (EngineJson.TryRead(value.Json, EngineJson.DialogStateOptions, out state))
        {
            value.Remember(state);
            return true;
        }

        return false;
    }
}
