namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// One running step of a <see cref="WaterfallDialog{TState}"/>: the state (replace it with <c>with</c>), the
/// previous answer or child result, and the ways to go on (Bot Builder's WaterfallStepContext).
/// </summary>
public sealed class StepContext<TState>
    where TState : class
{
    private readonly Dialog dialog;

    internal StepContext(DialogContext context, Dialog dialog, TState state, int index, object? result)
    {
        Context = context;
        this.dialog = dialog;
        State = state;
        Index = index;
        Result = result;
    }

    public DialogContext Context { get; }

    public Turn Turn => Context.Turn;

    public TState State { get; set; }

    /// <summary>Position of this step in the dialog (0-based).</summary>
    public int Index { get; }

    /// <summary>The previous prompt's answer, child dialog's result, or value passed to <see cref="Next"/>.</summary>
    public object? Result { get; }

    /// <summary>The result as <typeparamref name="T"/>; a different type is a bug in the dialog, so this throws.</summary>
    public T ResultAs<T>() =>
        Result is T value
            ? value
            : throw new InvalidOperationException(
                $"Step {Index} of dialog '{dialog.Id}' expected a {typeof(T).Name} result but got {Result?.GetType().Name ?? "nothing"}.");

    public void Say(MarkdownText markdown) => Context.Say(markdown);

    /// <summary>Runs the next step now, in this turn.</summary>
    public DialogTurnResult Next(object? result = null) => new DialogTurnResult.Next(result, 0);

    /// <summary>Skips <paramref name="count"/> steps and runs the one after them now.</summary>
    public DialogTurnResult Skip(int count, object? result = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new DialogTurnResult.Next(result, count);
    }

    /// <summary>Asks a question; the next step receives the answer as <see cref="Result"/>.</summary>
    public DialogTurnResult Prompt(string promptId, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var prompt = dialog.FindPrompt(promptId) ?? throw new InvalidOperationException($"Dialog '{dialog.Id}' has no prompt '{promptId}'.");
        prompt.CheckOptions(options);
        return new DialogTurnResult.Waiting(new PendingPrompt(promptId, options) { Token = Context.NewPromptToken() });
    }

    public DialogTurnResult Prompt(string promptId, string text) => Prompt(promptId, new PromptOptions { Text = text });

    /// <summary>Starts a child dialog; the next step receives its result.</summary>
    public DialogTurnResult BeginDialog(string dialogId, object? options = null) => new DialogTurnResult.BeginChild(dialogId, options);

    /// <summary>Ends this dialog and starts another in its place (or itself again, for loops); the parent receives its result.</summary>
    public DialogTurnResult ReplaceDialog(string dialogId, object? options = null) => new DialogTurnResult.Replace(dialogId, options);

    /// <summary>Ends this dialog; the parent's next step receives <paramref name="result"/>.</summary>
    public DialogTurnResult End(object? result = null) => new DialogTurnResult.Complete(result);
}
