using System.Globalization;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// A date (see <see cref="DateRecognizer"/>, read in the turn's culture), shown as a date picker where the channel
/// has one. Always echoes the date it understood ("Got it: Wednesday 31 March 2027."), so a misread never goes
/// unnoticed.
/// </summary>
public sealed class DatePrompt(string id) : Prompt<DateOnly>(id)
{
    internal override Reply Render(PromptOptions options, bool retry, CultureInfo culture) => new DatePromptReply(QuestionText(options, retry), options.Suggested);

    internal override Recognition<DateOnly> RecognizeValue(PromptInput input, PromptOptions options, DialogContext context)
    {
        var match = DateRecognizer.Recognize(input.Best, context.Today, context.Culture);
        switch (match.Kind)
        {
            case DateMatchKind.Invalid:
                return Recognition<DateOnly>.Fail(match.Error!);
            case DateMatchKind.NoMatch:
                return Recognition<DateOnly>.Fail(T.DateUnreadable.In(context.Culture));
        }

        if (options.NotInPast && match.Date < context.Today)
        {
            return Recognition<DateOnly>.Fail(T.DateInPast.Format(context.Culture, match.Date, context.Today));
        }

        return Recognition<DateOnly>.Ok(match.Date);
    }

    internal override void OnAccepted(DateOnly value, DialogContext context) => context.Say(T.DateGotIt.Format(context.Culture, value));

    internal override string DefaultHelp(PromptOptions options, CultureInfo culture) =>
        options.NotInPast ? $"{T.DateHelp.In(culture)} {T.DateHelpNotInPast.In(culture)}" : T.DateHelp.In(culture);
}
