using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>One dialog on the stack, as saved between turns.</summary>
public sealed record DialogFrame
{
    public DialogFrame()
    {
    }

    [SetsRequiredMembers]
    internal DialogFrame(string dialogId, int version, DialogStateValue state)
    {
        DialogId = dialogId;
        Version = version;
        StateValue = state;
        InitialStateValue = state;
    }

    public required string DialogId { get; init; }

    /// <summary>The dialog's version when the frame was saved; a different current version restarts the dialog.</summary>
    public required int Version { get; init; }

    /// <summary>Index of the step that is waiting (for a prompt answer or a child dialog's result).</summary>
    public int Step { get; init; }

    /// <summary>The dialog's typed state record as JSON (made when asked for: the engine keeps the record).</summary>
    public required JsonElement State
    {
        get => StateValue.Json;
        init => StateValue = DialogStateValue.FromJson(value);
    }

    /// <summary>The state the dialog began with, so <c>restart</c> keeps what the caller passed in.</summary>
    public required JsonElement InitialState
    {
        get => InitialStateValue.Json;
        init => InitialStateValue = DialogStateValue.FromJson(value);
    }

    internal DialogStateValue StateValue { get; init; } = null!;

    internal DialogStateValue InitialStateValue { get; init; } = null!;

    /// <summary>The open question, if the dialog waits for an answer (null while it waits for a child dialog).</summary>
    public PendingPrompt? Prompt { get; init; }

    /// <summary>Answered questions, newest last, for <c>back</c>.</summary>
    public ImmutableList<HistoryEntry> History { get; init; } = [];
}

/// <summary>An open question: which prompt parses the answer, how it was asked, and how many tries failed.</summary>
public sealed record PendingPrompt(string PromptId, PromptOptions Options, int FailedAttempts = 0)
{
    /// <summary>
    /// Names this asking of the question; its cards carry it, so a click on an older card is recognised as such.
    /// Null only in states saved before tokens existed.
    /// </summary>
    public string? Token { get; init; }
}
