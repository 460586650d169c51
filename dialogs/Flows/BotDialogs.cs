using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Dialogs.Flows;

/// <summary>Builds the bot's dialog runner: the one entry point hosts use.</summary>
public static class BotDialogs
{
    // PLACEHOLDER: the engine work wires MainDialog here.
    public static DialogRunner CreateRunner() => new();
}
