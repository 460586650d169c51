namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// A dialog the runner can put on the stack. Dialogs are immutable after construction and shared by all
/// conversations (the runner may serve many turns at once), so per-conversation data lives in the frame only.
/// </summary>
public abstract class Dialog
{
    private readonly Dictionary<string, Prompt> prompts = new(StringComparer.Ordinal);

    private protected Dialog(string id, int version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(version);
        Id = id;
        Version = version;
    }

    public string Id { get; }

    /// <summary>Raise it whenever steps or the state record change shape: saved conversations then restart this dialog.</summary>
    public int Version { get; }

    /// <summary>Registers a prompt (usually one with a validator) under its id, for this dialog's steps.</summary>
    protected void AddPrompt(Prompt prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        if (!prompts.TryAdd(prompt.Id, prompt))
        {
            throw new ArgumentException($"Dialog '{Id}' already has a prompt '{prompt.Id}'.", nameof(prompt));
        }
    }

    /// <summary>The dialog's own prompt with this id, else the built-in one (see <see cref="PromptIds"/>).</summary>
    internal Prompt? FindPrompt(string promptId) =>
        prompts.TryGetValue(promptId, out var own) ? own : BuiltInPrompts.Find(promptId);

    internal abstract DialogStep Begin(DialogContext context, object? options);

    /// <summary>Continues after the waiting step: with a prompt's answer or a child dialog's result.</summary>
    internal abstract DialogStep Resume(DialogContext context, DialogFrame frame, object? result);

    /// <summary>Runs again from the first step with the state the dialog began with.</summary>
    internal abstract DialogStep Restart(DialogContext context, DialogFrame frame);

    /// <summary>False when the saved state no longer reads as this dialog's state record.</summary>
    internal abstract bool CanLoad(DialogFrame frame);

    /// <summary>False when the state the dialog began with no longer reads (then it begins afresh instead).</summary>
    internal abstract bool CanRestart(DialogFrame frame);

    /// <summary>
    /// The question the waiting step <paramref name="step"/> asks from <paramref name="state"/>, asked again for
    /// <c>back</c>; null when this dialog does not ask from its state alone (its history keeps the question).
    /// </summary>
    internal virtual PendingPrompt? AskAgain(DialogContext context, DialogStateValue state, int step) => null;

    /// <summary>Called when the user cancels or a question gives up; returns a sentence saying what was kept.</summary>
    internal abstract MarkdownText? Cancel(DialogContext context, DialogFrame frame);
}
