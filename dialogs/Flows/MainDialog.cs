using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Flows;

public sealed record MainDialogState;

/// <summary>
/// The root: begun with every turn that arrives while no other dialog is open. Greets, lists the commands,
/// answers help, routes commands from the <see cref="CommandTable"/>, and explains what it didn't understand.
/// </summary>
public sealed class MainDialog : WaterfallDialog<MainDialogState>
{
    public const string DialogId = "main";

    /// <summary>Values key: the user was greeted in this conversation (kept when the stack is reset).</summary>
    public const string GreetedKey = "main.greeted";

    private static readonly HashSet<string> Greetings = new(StringComparer.OrdinalIgnoreCase) { "hi", "hello", "hey", "hiya", "good morning", "good afternoon", "start" };
    private static readonly HashSet<string> HelpWords = new(StringComparer.OrdinalIgnoreCase) { "help", "?", "commands", "menu" };

    private readonly CommandTable commands;

    public MainDialog(CommandTable commands)
        : base(DialogId, version: 1)
    {
        ArgumentNullException.ThrowIfNull(commands);
        this.commands = commands;
        AddStep(Route);
        AddStep(step => step.End(step.Result));
    }

    internal static bool IsBuiltIn(string name) => Greetings.Contains(name) || HelpWords.Contains(name);

    protected override MainDialogState CreateState(object? options) => new();

    private DialogTurnResult Route(StepContext<MainDialogState> step)
    {
        var turn = step.Turn;
        var text = TypedLine.Normalize(turn.Text);
        var firstContact = !step.Context.GetValue<bool>(GreetedKey);

        if (turn.Action is { } action && text.Length == 0)
        {
            if (action.Id == CardIds.Welcome)
            {
                return Greet(step);
            }

            if (commands.MatchAction(action.Id) is { } byAction)
            {
                return Invoke(step, byAction, "");
            }

            step.Say(T.ButtonClosed.In(step.Context.Culture));
            return step.End();
        }

        if (Greetings.Contains(text) || (HelpWords.Contains(text) && firstContact))
        {
            return Greet(step);
        }

        if (HelpWords.Contains(text))
        {
            step.Say(CommandList(step.Context.Culture));
            return step.End();
        }

        if (commands.Match(text) is { } match)
        {
            if (firstContact)
            {
                Greet(step, withCommands: false);
            }

            return Invoke(step, match.Command, match.Arguments);
        }

        if (firstContact)
        {
            return Greet(step);
        }

        step.Say(T.MainNotUnderstood.Format(step.Context.Culture, MarkdownText.Join(", ", AllUsages().Select(u => (MarkdownText)$"**{u}**"))));
        return step.End();
    }

    private static DialogTurnResult Invoke(StepContext<MainDialogState> step, BotCommand command, string arguments) =>
        command.Handler is { } handler
            ? handler(new CommandInvocation(command, arguments, step))
            : step.BeginDialog(command.DialogId!, arguments);

    private DialogTurnResult Greet(StepContext<MainDialogState> step, bool withCommands = true)
    {
        step.Context.SetValue(GreetedKey, true);
        var culture = step.Context.Culture;
        var intro = step.Turn.User.DisplayName is { Length: > 0 } display ? T.MainGreetingNamed.Format(culture, display) : T.MainGreeting.In(culture);
        step.Say(withCommands ? (MarkdownText)$"{intro}\n\n{CommandList(culture)}" : intro);
        return step.End();
    }

    /// <summary>The command table's own words (code text: usages are command words, descriptions come from Commands.resx).</summary>
    private MarkdownText CommandList(System.Globalization.CultureInfo culture)
    {
        var lines = commands.Typed.Select(c => $"- **{c.Usage ?? c.Name}**: {c.DescriptionIn(culture).Value}").Prepend($"- **help**: {T.MainHelpDescription.In(culture).Value}");
        return MarkdownText.Trusted($"{T.MainHelpIntro.In(culture).Value}\n{string.Join('\n', lines)}\n\n{T.MainHelpWhileAsking.In(culture).Value}");
    }

    private IEnumerable<string> AllUsages() => commands.Typed.Select(c => c.Usage ?? c.Name).Prepend("help");
}
