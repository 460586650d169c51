using System.Globalization;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>Free text, trimmed, within <see cref="PromptOptions.MinLength"/> and <see cref="PromptOptions.MaxLength"/>.</summary>
public sealed class TextPrompt(string id) : Prompt<string>(id)
{
    internal override Reply Render(PromptOptions options, bool retry, CultureInfo culture) => new TextReply(MarkdownText.Trusted(QuestionText(options, retry)));

    internal override Recognition<string> RecognizeValue(PromptInput input, PromptOptions options, DialogContext context)
    {
        // A word in quotes is the word itself, even when it is also a command ("reminders").
        var text = input.Best is ['"', .. var quoted, '"'] && !quoted.Contains('"', StringComparison.Ordinal) ? quoted.Trim() : input.Best;
        if (text.Length == 0)
        {
            return Recognition<string>.Fail(T.TextEmpty.In(context.Culture));
        }

        if (options.MinLength is { } min && text.Length < min)
        {
            return Recognition<string>.Fail(T.TextTooShort.Format(context.Culture, min));
        }

        if (options.MaxLength is { } max && text.Length > max)
        {
            return Recognition<string>.Fail(T.TextTooLong.Format(context.Culture, max, text.Length));
        }

        return Recognition<string>.Ok(text);
    }

    internal override string DefaultHelp(PromptOptions options, CultureInfo culture) =>
        (options.MinLength, options.MaxLength) switch
        {
            ({ } min, { } max) => T.TextHelpRange.Format(culture, min, max),
            (null, { } max) => T.TextHelpMax.Format(culture, max),
            ({ } min, null) => T.TextHelpMin.Format(culture, min),
            _ => T.TextHelp.In(culture),
        };
}
