using PartnershipBot.Dialogs;
using PartnershipBot.Telemetry;

namespace PartnershipBot.Turns;

/// <summary>How a turn ended, decided where it ends (not read back from what the user was told), for the turns metric.</summary>
internal enum TurnOutcome
{
    Ok,

    /// <summary>Conflicting writers every attempt: the user was asked to send again.</summary>
    GaveUp,

    /// <summary>A bug: the question was stopped, the answers kept.</summary>
    Failed,

    /// <summary>The database could not be reached: nothing was taken in.</summary>
    Unavailable,
}

internal static class TurnOutcomes
{
    public static string Tag(TurnOutcome outcome) => outcome switch
    {
        TurnOutcome.GaveUp => "gave_up",
        TurnOutcome.Failed => "failed",
        TurnOutcome.Unavailable => "unavailable",
        _ => "ok",
    };

    public static void Record(Turn turn, TurnOutcome outcome, long startTimestamp)
    {
        var channel = BotTelemetry.Channel(turn.User.Channel);
        BotTelemetry.Turns.Add(1, channel, new("outcome", Tag(outcome)));
        BotTelemetry.TurnDuration.Record(BotTelemetry.SecondsSince(startTimestamp), channel);
    }
}
