using System.Globalization;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Flows;

/// <summary>
/// A command of the main menu: typed text ("open 3"), or a card action id, that runs a handler or begins a
/// dialog. <see cref="Usage"/> and <see cref="DescriptionIn"/> make its line in <c>help</c>.
/// </summary>
public sealed record BotCommand
{
    public required string Name { get; init; }

    /// <summary>
    /// The English description: what the channels' own menus show (the Slack /partnership help, the Teams command
    /// list), which have one language for everyone.
    /// </summary>
    public required string Description { get; init; }

    /// <summary>The description in every language (a key of Commands.resx), for help; null keeps <see cref="Description"/>.</summary>
    public LocalText? DescriptionText { get; init; }

    /// <summary>How help shows it, e.g. "open N"; the name when null.</summary>
    public string? Usage { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Whether words may follow the name ("open 3"); they reach the handler or dialog as a string.</summary>
    public bool TakesArguments { get; init; }

    /// <summary>Card action ids routed to this command when no question is open (e.g. a checklist save).</summary>
    public IReadOnlyList<string> ActionIds { get; init; } = [];

    /// <summary>
    /// Whether the command may run while a question is open (then the question is asked again after it). Off for
    /// commands that start or switch a conversation of their own (new, edit, open, quiz).
    /// </summary>
    public bool RunsDuringQuestion { get; init; } = true;

    /// <summary>
    /// Whether the command's words are never an answer, so it runs even at a free-text question with words after
    /// it ("safety note she was fine"): only for phrases nobody gives as an answer.
    /// </summary>
    public bool OutranksAnswers { get; init; }

    /// <summary>
    /// One of the few commands the channels' short menus offer (the Slack /partnership subcommands, the Teams
    /// command list); the full list is in help.
    /// </summary>
    public bool InMenus { get; init; }

    /// <summary>
    /// Reached only through <see cref="ActionIds"/> (a channel's card or shortcut): never matched from typed text and
    /// not listed in help.
    /// </summary>
    public bool ActionOnly { get; init; }

    /// <summary>
    /// Whether its card actions leave an open question behind (its cards are not answers to it, and it carries on
    /// the same work itself, like the interview's form): the open dialogs end without a word and the command runs.
    /// </summary>
    public bool ActionLeavesQuestion { get; init; }

    /// <summary>Runs in MainDialog's step: say things, emit effects, then End() or BeginDialog(...).</summary>
    public Func<CommandInvocation, DialogTurnResult>? Handler { get; init; }

    /// <summary>Begun as a child of MainDialog with the arguments (a string) as its options.</summary>
    public string? DialogId { get; init; }

    public static BotCommand Run(string name, string description, Func<CommandInvocation, DialogTurnResult> handler) =>
        new() { Name = name, Description = description, Handler = handler };

    /// <summary>A command whose help line is translated: <paramref name="description"/>'s English is <see cref="Description"/>.</summary>
    public static BotCommand Run(string name, LocalText description, Func<CommandInvocation, DialogTurnResult> handler) =>
        new() { Name = name, Description = description.In(Languages.English).Value, DescriptionText = description, Handler = handler };

    public static BotCommand StartDialog(string name, string description, string dialogId) =>
        new() { Name = name, Description = description, DialogId = dialogId };

    /// <summary>What help says the command does, in the turn's language (the code's own words: trusted markup).</summary>
    public MarkdownText DescriptionIn(CultureInfo culture) =>
        DescriptionText is { } text ? text.In(culture) : MarkdownText.Trusted(Description);

    internal IEnumerable<string> Names => [Name, .. Aliases];
}

/// <summary>A matched command: its arguments and MainDialog's step to reply through.</summary>
public sealed record CommandInvocation(BotCommand Command, string Arguments, StepContext<MainDialogState> Step)
{
    public DialogContext Context => Step.Context;
}

/// <summary>The one place features register main-menu commands. Matching is case-insensitive on trimmed text.</summary>
public sealed class CommandTable
{
    private readonly List<BotCommand> commands = [];

    // Each command's names, built once: matching runs on every typed answer at a question.
    private readonly List<string[]> names = [];

    public IReadOnlyList<BotCommand> Commands => commands;

    /// <summary>The commands a user can type, as help lists them.</summary>
    public IEnumerable<BotCommand> Typed => commands.Where(c => !c.ActionOnly);

    public CommandTable Add(BotCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Handler is null == command.DialogId is null)
        {
            throw new ArgumentException($"Command '{command.Name}' needs exactly one of Handler or DialogId.", nameof(command));
        }

        var clash = command.Names.FirstOrDefault(n => MainDialog.IsBuiltIn(n) || commands.Any(c => c.Names.Contains(n, StringComparer.OrdinalIgnoreCase)));
        if (clash is not null)
        {
            throw new ArgumentException($"The command name '{clash}' is already taken.", nameof(command));
        }

        commands.Add(command);
        names.Add([.. command.Names]);
        return this;
    }

    /// <summary>The command whose longest name starts the text, and the words after it.</summary>
    public (BotCommand Command, string Arguments)? Match(string text)
    {
        var normalized = TypedLine.Normalize(text);
        (BotCommand Command, string Arguments, int Length)? best = null;
        for (var i = 0; i < commands.Count; i++)
        {
            var command = commands[i];
            if (command.ActionOnly)
            {
                continue;
            }

            foreach (var name in names[i])
            {
                string? arguments = null;
                if (normalized.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    arguments = "";
                }
                else if (command.TakesArguments && normalized.Length > name.Length && normalized[name.Length] == ' '
                    && normalized.StartsWith(name, StringComparison.OrdinalIgnoreCase))
                {
                    arguments = normalized[(name.Length + 1)..].Trim();
                }

                if (arguments is not null && (best is null || name.Length > best.Value.Length))
                {
                    best = (command, arguments, name.Length);
                }
            }
        }

        return best is { } found ? (found.Command, found.Arguments) : null;
    }

    /// <summary>The command a typed line names, as the engine needs it at an open question.</summary>
    public TypedCommand? MatchTyped(string text) =>
        Match(text) is { } match
            ? new TypedCommand(match.Command.Name, match.Arguments.Length > 0, match.Command.RunsDuringQuestion && match.Command.Handler is not null)
            {
                OutranksAnswers = match.Command.OutranksAnswers && match.Command.Handler is not null,
            }
            : null;

    /// <summary>Whether a card action with this id ends the open dialogs and runs its command (see <see cref="BotCommand.ActionLeavesQuestion"/>).</summary>
    public bool ActionLeavesQuestion(string actionId) => MatchAction(actionId)?.ActionLeavesQuestion == true;

    public BotCommand? MatchAction(string actionId) =>
        commands.FirstOrDefault(c => c.ActionIds.Contains(actionId, StringComparer.Ordinal));
}
