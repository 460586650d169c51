namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// What a waterfall step decided: wait for an answer, go on, start a child, end (the name and meaning Bot Builder
/// readers know: a step returns a DialogTurnResult). Made only through <see cref="StepContext{TState}"/> (Next,
/// Skip, Prompt, BeginDialog, ReplaceDialog, End), so a step can only return something the engine knows how to run.
/// </summary>
public abstract record DialogTurnResult
{
    private protected DialogTurnResult()
    {
    }

    internal sealed record Waiting(PendingPrompt Prompt) : DialogTurnResult;

    internal sealed record Next(object? Result, int Skip) : DialogTurnResult;

    internal sealed record Complete(object? Result) : DialogTurnResult;

    internal sealed record BeginChild(string DialogId, object? Options) : DialogTurnResult;

    internal sealed record Replace(string DialogId, object? Options) : DialogTurnResult;
}

/// <summary>A dialog's new frame and what the runner must do next.</summary>
internal readonly record struct DialogStep(DialogFrame Frame, DialogTurnResult Outcome);
