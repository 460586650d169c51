namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// A date (see <see cref="DateRecognizer"/>), shown as a date picker where the channel has one. Always echoes the
/// date it understood ("Got it: Wednesday 31 March 2027."), so a misread never goes unnoticed.
/// </summary>
public sealed class DatePrompt(string id) : Prompt<DateOnly>(id)
{
    internal override Reply Render(PromptOptions options, bool retry) => new DatePromptReply(QuestionText(options, retry), options.Suggested);

    internal override Recognition<DateOnly> RecognizeValue(PromptInput input, PromptOptions options, DialogContext context)
    {
        var match = DateRecognizer.Recognize(input.Best, context.Today);
        switch (match.Kind)
        {
            case DateMatchKind.Invalid:
                return Recognition<DateOnly>.Fail(match.Error!);
            case DateMatchKind.NoMatch:
                return Recognition<DateOnly>.Fail("I couldn't read a date there. Try **2027-03-31**, **31 March 2027**, **tomorrow** or **in 2 weeks**.");
        }

        if (options.NotInPast && match.Date < context.Today)
        {
            return Recognition<DateOnly>.Fail(
                $"{DialogContext.FormatDate(match.Date)} is in the past (today is {DialogContext.FormatDate(context.Today)}).");
        }

        return Recognition<DateOnly>.Ok(match.Date);
    }

    internal override void OnAccepted(DateOnly value, DialogContext context) => context.Say($"Got it: {DialogContext.FormatDate(value)}.");

    internal override string DefaultHelp(PromptOptions options) =>
        "Pick a date, or type one such as **2027-03-31**, **31 March 2027**, **today**, **tomorrow**, **in 3 days**, " +
        "**in 2 weeks** or **next month**." + (options.NotInPast ? " It can't be in the past." : "");
}
