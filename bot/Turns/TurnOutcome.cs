using PartnershipBot.Dialogs;
using PartnershipBot.Telemetry;

namespace PartnershipBot.Turns;

/// <summary>How a turn ended, read from what the user was told, for the turns metric.</summary>
internal static class TurnOutcome
{
    public static string Of(IReadOnlyList<Reply> replies) =>
        replies.OfType<TextReply>().Select(r => r.Text).FirstOrDefault(t => t is TurnMessages.TooManyAtOnce or TurnMessages.SomethingWentWrong or TurnMessages.TryAgainShortly) switch
        {
            TurnMessages.TooManyAtOnce => "gave_up",
            TurnMessages.SomethingWentWrong => "failed",
            TurnMessages.TryAgainShortly => "unavailable",
            _ => "ok",
        };

    public static void Record(Turn turn, IReadOnlyList<Reply> replies, long startTimestamp)
    {
        var channel = BotTelemetry.Channel(turn.User.Channel);
        BotTelemetry.Turns.Add(1, channel, new("outcome", Of(replies)));
        BotTelemetry.TurnDuration.Record(BotTelemetry.SecondsSince(startTimestamp), channel);
    }
}
