using System.Globalization;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>One option of <see cref="PromptOptions.Choices"/>, as buttons; the answer is a <see cref="FoundChoice"/>.</summary>
public sealed class ChoicePrompt(string id) : Prompt<FoundChoice>(id)
{
    internal override Reply Render(PromptOptions options, bool retry, CultureInfo culture) =>
        new ChoicesReply(QuestionText(options, retry), ReplyChoices(options.Choices));

    internal static ReplyChoice[] ReplyChoices(IReadOnlyList<Choice> choices)
    {
        // Rendered at every asking: sized once, without a LINQ pipeline.
        var replies = new ReplyChoice[choices.Count];
        for (var i = 0; i < replies.Length; i++)
        {
            replies[i] = new ReplyChoice(choices[i].Value, choices[i].Title);
        }

        return replies;
    }

    internal override Recognition<FoundChoice> RecognizeValue(PromptInput input, PromptOptions options, DialogContext context)
    {
        var match = input.ActionAnswer is { } clicked
            ? ChoiceRecognizer.MatchValue(clicked, options.Choices)
            : ChoiceRecognizer.Match(input.Text, options.Choices);

        return match.Kind == ChoiceMatchKind.Found
            ? Recognition<FoundChoice>.Ok(ChoiceRecognizer.Found(options.Choices, match.Index))
            : Recognition<FoundChoice>.Fail(ChoiceRecognizer.Describe(match, options.Choices, input.Best, context.Culture));
    }

    internal override void CheckOptions(PromptOptions options) => CheckChoices(options);

    internal override string DefaultHelp(PromptOptions options, CultureInfo culture) => T.ChoiceHelp.Format(culture, options.Choices.Count);
}
