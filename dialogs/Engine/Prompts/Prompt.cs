using System.Globalization;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// Parses answers to one kind of question. Built-in instances exist for every kind (<see cref="PromptIds"/>);
/// register your own instance with a <see cref="Prompt{T}.Validator"/> on a dialog under another id.
/// </summary>
public abstract class Prompt
{
    private protected Prompt(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string Id { get; }

    internal abstract Reply Render(PromptOptions options, bool retry, CultureInfo culture);

    /// <summary>Parses and validates the turn's answer; may add replies (the date prompt echoes the date).</summary>
    internal abstract PromptOutcome Recognize(DialogContext context, PromptOptions options);

    internal abstract string DefaultHelp(PromptOptions options, CultureInfo culture);

    /// <summary>Refuses options this prompt cannot ask with; a bug in the dialog, so it throws when asked.</summary>
    internal virtual void CheckOptions(PromptOptions options)
    {
    }

    private protected static void CheckChoices(PromptOptions options)
    {
        if (options.Choices.Count == 0)
        {
            throw new ArgumentException($"The question \"{options.Text}\" has no choices.", nameof(options));
        }

        // Runs at every asking: a pairwise scan of a short list allocates nothing (GroupBy was visible in the profile).
        var choices = options.Choices;
        for (var i = 1; i < choices.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(choices[i].Value, choices[j].Value, StringComparison.OrdinalIgnoreCase))
                {
                    throw new ArgumentException($"The question \"{options.Text}\" has the choice value '{choices[j].Value}' twice.", nameof(options));
                }
            }
        }
    }

    internal static Reply RenderPending(Dialog dialog, PendingPrompt pending, CultureInfo culture) => RenderPending(dialog, pending, pending.FailedAttempts > 0, culture);

    /// <summary>The question's card, carrying the token of this asking so its clicks can be told from older ones.</summary>
    internal static Reply RenderPending(Dialog dialog, PendingPrompt pending, bool retry, CultureInfo culture) =>
        Resolve(dialog, pending.PromptId).Render(pending.Options, retry, culture) switch
        {
            ChoicesReply choices => choices with { PromptToken = pending.Token },
            DatePromptReply date => date with { PromptToken = pending.Token },
            var other => other,
        };

    /// <summary>The answer as the user would say it, for the answered card that replaces the question's card.</summary>
    internal virtual string DescribeAnswer(object? value, CultureInfo culture) => value switch
    {
        FoundChoice choice => choice.Title,
        IEnumerable<FoundChoice> choices => string.Join(", ", choices.Select(c => c.Title)) is { Length: > 0 } list ? list : T.AnswerNone.In(culture),
        DateOnly date => CultureFormat.LongDate(date, culture),
        bool yes => yes ? T.AnswerYes.In(culture) : T.AnswerNo.In(culture),
        decimal number => CultureFormat.Number(number, culture),
        _ => value?.ToString() ?? "",
    };

    internal static Prompt Resolve(Dialog dialog, string promptId) =>
        dialog.FindPrompt(promptId) ?? throw new InvalidOperationException($"Dialog '{dialog.Id}' has no prompt '{promptId}'.");

    /// <summary>The question as the dialog wrote it (pack or code text: <see cref="PromptOptions.Text"/> carries no user values).</summary>
    private protected static string QuestionText(PromptOptions options, bool retry) =>
        retry && !string.IsNullOrWhiteSpace(options.RetryText) ? options.RetryText : options.Text;
}

/// <summary>A prompt whose answer is a <typeparamref name="T"/>.</summary>
public abstract class Prompt<T> : Prompt
{
    private protected Prompt(string id)
        : base(id)
    {
    }

    /// <summary>Runs after the answer was understood: return <see cref="PromptValidation.Invalid"/> to ask again.</summary>
    public PromptValidator<T>? Validator { get; init; }

    internal abstract Recognition<T> RecognizeValue(PromptInput input, PromptOptions options, DialogContext context);

    /// <summary>Replies after an accepted answer (nothing by default).</summary>
    internal virtual void OnAccepted(T value, DialogContext context)
    {
    }

    internal sealed override PromptOutcome Recognize(DialogContext context, PromptOptions options)
    {
        var recognition = RecognizeValue(PromptInput.From(context.Turn), options, context);
        if (!recognition.Succeeded)
        {
            return PromptOutcome.Failed(recognition.Error);
        }

        if (Validator is not null)
        {
            var validation = Validator(new PromptValidatorContext<T>(recognition.Value, options, context));
            if (!validation.IsValid)
            {
                return PromptOutcome.Failed(validation.Message);
            }
        }

        OnAccepted(recognition.Value, context);
        return PromptOutcome.Accepted(recognition.Value);
    }
}

public delegate PromptValidation PromptValidator<T>(PromptValidatorContext<T> context);

public sealed record PromptValidatorContext<T>(T Value, PromptOptions Options, DialogContext Context);

/// <summary>A validator's verdict; <see cref="Message"/> tells the user why the answer was refused.</summary>
public sealed record PromptValidation(bool IsValid, string? Message)
{
    public static PromptValidation Valid { get; } = new(true, null);

    public static PromptValidation Invalid(string message) => new(false, message);
}

internal readonly record struct Recognition<T>(bool Succeeded, T Value, string? Error)
{
    public static Recognition<T> Ok(T value) => new(true, value, null);

    public static Recognition<T> Fail(string error) => new(false, default!, error);
}

internal sealed record PromptOutcome(bool Succeeded, object? Value, string? Error)
{
    public static PromptOutcome Accepted(object? value) => new(true, value, null);

    public static PromptOutcome Failed(string? error) => new(false, null, error);
}

/// <summary>The answer as typed text and, for a card click, the submitted answer value.</summary>
internal sealed record PromptInput(string Text, string? ActionAnswer)
{
    /// <summary>The clicked value when there is one, else the typed text.</summary>
    public string Best => ActionAnswer ?? Text;

    public static PromptInput From(Turn turn)
    {
        var answer = turn.Action?[CardIds.Answer];
        return new PromptInput((turn.Text ?? "").Trim(), string.IsNullOrWhiteSpace(answer) ? null : answer.Trim());
    }
}
