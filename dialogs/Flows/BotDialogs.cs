using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Dialogs.Flows;

/// <summary>Builds the bot's dialog runner: the one entry point hosts use.</summary>
public static class BotDialogs
{
    /// <param name="configure">
    /// Adds features: their dialogs and main-menu commands. Each feature registers in one call here, and
    /// MainDialog's help lists exactly what was registered.
    /// </param>
    public static DialogRunner CreateRunner(Action<BotDialogsBuilder>? configure = null)
    {
        var builder = new BotDialogsBuilder();
        configure?.Invoke(builder);
        return builder.Build();
    }

    /// <summary>The runner of a builder the host keeps, so it can read the same command table (help in Slack, the Teams manifest).</summary>
    public static DialogRunner CreateRunner(BotDialogsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Build();
    }
}

/// <summary>Collects dialogs and commands for <see cref="BotDialogs.CreateRunner"/>.</summary>
public sealed class BotDialogsBuilder
{
    private readonly List<Dialog> dialogs = [];

    public CommandTable Commands { get; } = new();

    public BotDialogsBuilder AddDialog(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        dialogs.Add(dialog);
        return this;
    }

    public BotDialogsBuilder AddCommand(BotCommand command)
    {
        Commands.Add(command);
        return this;
    }

    internal DialogRunner Build()
    {
        var missing = Commands.Commands.Where(c => c.DialogId is not null && dialogs.All(d => d.Id != c.DialogId)).Select(c => c.DialogId);
        if (missing.FirstOrDefault() is { } id)
        {
            throw new InvalidOperationException($"A command begins dialog '{id}', which was not added.");
        }

        return new DialogRunner(new MainDialog(Commands), dialogs) { Commands = Commands.MatchTyped, ActionsLeavingQuestion = Commands.ActionLeavesQuestion };
    }
}
