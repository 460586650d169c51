namespace PartnershipBot.Dialogs.Engine;

/// <summary>Yes or no, shown as two buttons; also understands y/n and common variants.</summary>
public sealed class ConfirmPrompt(string id) : Prompt<bool>(id)
{
    public const string YesValue = "yes";
    public const string NoValue = "no";

    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase)
    {
        "yes", "y", "yeah", "yep", "yes please", "sure", "ok", "okay", "true", "correct", "confirm",
    };

    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "n", "nope", "no thanks", "not really", "false", "incorrect",
    };

    internal override Reply Render(PromptOptions options, bool retry) =>
        new ChoicesReply(QuestionText(options, retry), [new ReplyChoice(YesValue, "Yes"), new ReplyChoice(NoValue, "No")]);

    internal override Recognition<bool> RecognizeValue(PromptInput input, PromptOptions options, DialogContext context)
    {
        var answer = input.Best.Trim().TrimEnd('.', '!');
        if (Yes.Contains(answer))
        {
            return Recognition<bool>.Ok(true);
        }

        return No.Contains(answer) ? Recognition<bool>.Ok(false) : Recognition<bool>.Fail("Please answer **yes** or **no**.");
    }

    internal override string DefaultHelp(PromptOptions options) => "Answer **yes** or **no** (or press one of the buttons).";
}
