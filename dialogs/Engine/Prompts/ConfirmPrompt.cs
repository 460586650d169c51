using System.Globalization;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>Yes or no, shown as two buttons; also understands y/n and common variants.</summary>
public sealed class ConfirmPrompt(string id) : Prompt<bool>(id)
{
    public const string YesValue = "yes";
    public const string NoValue = "no";

    // English words work in every language (the buttons send "yes"/"no"); German and French add their own.
    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase)
    {
        "yes", "y", "yeah", "yep", "yes please", "sure", "ok", "okay", "true", "correct", "confirm",
        "ja", "j", "jawohl", "genau", "richtig", "stimmt", "oui", "o", "ouais", "d'accord", "exact", "vrai",
    };

    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "n", "nope", "no thanks", "not really", "false", "incorrect",
        "nein", "nee", "falsch", "non", "pas vraiment", "faux",
    };

    internal override Reply Render(PromptOptions options, bool retry, CultureInfo culture) =>
        new ChoicesReply(QuestionText(options, retry), [new ReplyChoice(YesValue, T.AnswerYes.In(culture)), new ReplyChoice(NoValue, T.AnswerNo.In(culture))]);

    internal override Recognition<bool> RecognizeValue(PromptInput input, PromptOptions options, DialogContext context)
    {
        var answer = input.Best.Trim().TrimEnd('.', '!');
        if (Yes.Contains(answer))
        {
            return Recognition<bool>.Ok(true);
        }

        return No.Contains(answer) ? Recognition<bool>.Ok(false) : Recognition<bool>.Fail(T.ConfirmRetry.In(context.Culture));
    }

    internal override string DefaultHelp(PromptOptions options, CultureInfo culture) => T.ConfirmHelp.In(culture);
}
