namespace PartnershipBot.Dialogs.Engine;

/// <summary>Ids of the built-in prompts every dialog can use without registering anything.</summary>
public static class PromptIds
{
    public const string Text = "text";
    public const string Number = "number";
    public const string Confirm = "confirm";
    public const string Choice = "choice";
    public const string MultiChoice = "multichoice";
    public const string Date = "date";
}

internal static class BuiltInPrompts
{
    private static readonly Dictionary<string, Prompt> All = new Prompt[]
    {
        new TextPrompt(PromptIds.Text),
        new NumberPrompt(PromptIds.Number),
        new ConfirmPrompt(PromptIds.Confirm),
        new ChoicePrompt(PromptIds.Choice),
        new MultiChoicePrompt(PromptIds.MultiChoice),
        new DatePrompt(PromptIds.Date),
    }.ToDictionary(p => p.Id, StringComparer.Ordinal);

    public static Prompt? Find(string id) => All.GetValueOrDefault(id);
}
