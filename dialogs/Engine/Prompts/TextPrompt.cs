namespace PartnershipBot.Dialogs.Engine;

/// <summary>Free text, trimmed, within <see cref="PromptOptions.MinLength"/> and <see cref="PromptOptions.MaxLength"/>.</summary>
public sealed class TextPrompt(string id) : Prompt<string>(id)
{
    internal override Reply Render(PromptOptions options, bool retry) => new TextReply(MarkdownText.Trusted(QuestionText(options, retry)));

    internal override Recognition<string> RecognizeValue(PromptInput input, PromptOptions options, DialogContext context)
    {
        // A word in quotes is the word itself, even when it is also a command ("reminders").
        var text = input.Best is ['"', .. var quoted, '"'] && !quoted.Contains('"', StringComparison.Ordinal) ? quoted.Trim() : input.Best;
        if (text.Length == 0)
        {
            return Recognition<string>.Fail("I need an answer here.");
        }

        if (options.MinLength is { } min && text.Length < min)
        {
            return Recognition<string>.Fail($"That is a bit short: please use at least {min} characters.");
        }

        if (options.MaxLength is { } max && text.Length > max)
        {
            return Recognition<string>.Fail($"That is too long: please keep it to {max} characters (it had {text.Length}).");
        }

        return Recognition<string>.Ok(text);
    }

    internal override string DefaultHelp(PromptOptions options) =>
        (options.MinLength, options.MaxLength) switch
        {
            ({ } min, { } max) => $"Type your answer in {min} to {max} characters.",
            (null, { } max) => $"Type your answer in at most {max} characters.",
            ({ } min, null) => $"Type your answer in at least {min} characters.",
            _ => "Type your answer as a message.",
        };
}
