using System.Text.Json.Serialization;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// How one question is asked and what answers it accepts. Saved with the open question, so it holds data only;
/// code (validators) lives on the registered <see cref="Prompt"/>.
/// </summary>
public sealed record PromptOptions
{
    /// <summary>The question, in the markdown subset.</summary>
    public required string Text { get; init; }

    /// <summary>Asked instead of <see cref="Text"/> after an answer was not understood.</summary>
    public string? RetryText { get; init; }

    /// <summary>Shown when the user types <c>help</c> at this question (a default per prompt kind otherwise).</summary>
    public string? Help { get; init; }

    /// <summary>Failed answers allowed before the dialog gives up and tells the user.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Choice and multi-choice: the options, in display order.</summary>
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>Text: length limits (after trimming).</summary>
    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>Number: inclusive range, and whether only whole numbers are accepted.</summary>
    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    public bool WholeNumber { get; init; }

    /// <summary>Multi-choice: how many options must be picked (0 allows "none").</summary>
    public int MinSelections { get; init; } = 1;

    /// <summary>Date: refuse dates before today (the user's today).</summary>
    public bool NotInPast { get; init; }

    /// <summary>Date: the date a picker shows first.</summary>
    public DateOnly? Suggested { get; init; }
}

/// <summary>An option of a choice prompt. <see cref="Value"/> is stable (what a button sends); the title is shown.</summary>
public sealed record Choice
{
    [JsonConstructor]
    public Choice(string value, string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Value = value;
        Title = title;
    }

    public Choice(string valueAndTitle)
        : this(valueAndTitle, valueAndTitle)
    {
    }

    public string Value { get; }

    public string Title { get; }

    /// <summary>Other words that pick this option, e.g. "PAG" for "Patient advocacy group".</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];
}

/// <summary>The option a user picked, with its position in the list (0-based).</summary>
public sealed record FoundChoice(string Value, string Title, int Index);
