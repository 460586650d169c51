using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PartnershipBot.Telemetry;

/// <summary>
/// What operators of several instances watch without reading logs: one ActivitySource for traces and one Meter,
/// named "PartnershipBot". Static so a measurement is one line where it happens; exported over OTLP only when
/// OTEL_EXPORTER_OTLP_ENDPOINT is set (<see cref="TelemetryServices"/>). Tags carry channel ids and outcomes,
/// never user ids or text.
/// </summary>
public static class BotTelemetry
{
    public const string Name = "PartnershipBot";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Tags: channel (msteams, slack, console), outcome (ok, gave_up, failed, unavailable).</summary>
    public static readonly Counter<long> Turns = Meter.CreateCounter<long>("partnershipbot.turns", "{turn}", "Turns processed, by channel and outcome.");

    public static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("partnershipbot.turn.duration", "s", "Time from a turn's arrival at the processor to its replies sent.");

    public static readonly Counter<long> ETagRetries = Meter.CreateCounter<long>("partnershipbot.turn.etag_retries", "{retry}", "Turns re-run because another instance changed the conversation first.");

    // A gauge read from the inbox table (not counted up and down in memory), so it stays right across restarts.
    public static readonly Gauge<long> SlackInboxDepth = Meter.CreateGauge<long>("partnershipbot.slack.inbox.depth", "{item}", "Slack requests acknowledged and still waiting in the inbox, as of the last report.");

    /// <summary>Tags: channel, status (HTTP status code, or "error" when no answer came).</summary>
    public static readonly Counter<long> ConnectorCalls = Meter.CreateCounter<long>("partnershipbot.connector.calls", "{call}", "HTTP calls to the Teams connector and the Slack Web API, each attempt.");

    public static readonly Counter<long> ConnectorThrottled = Meter.CreateCounter<long>("partnershipbot.connector.throttled", "{call}", "Connector calls answered 429 Too Many Requests.");

    /// <summary>Reminder counters carry tag channel (the owner's or the compliance contact's).</summary>
    public static readonly Counter<long> RemindersDue = Meter.CreateCounter<long>("partnershipbot.reminders.due", "{reminder}", "Reminders found due by a sweep.");

    public static readonly Counter<long> RemindersSent = Meter.CreateCounter<long>("partnershipbot.reminders.sent", "{reminder}", "Reminders delivered.");

    public static readonly Counter<long> RemindersUndeliverable = Meter.CreateCounter<long>("partnershipbot.reminders.undeliverable", "{reminder}", "Reminders the channel refused for good.");

    public static readonly Counter<long> RemindersEscalated = Meter.CreateCounter<long>("partnershipbot.reminders.escalated", "{reminder}", "Escalations delivered to the compliance contact.");

    public static readonly Histogram<double> SweepDuration = Meter.CreateHistogram<double>("partnershipbot.reminders.sweep.duration", "s", "Duration of one reminder sweep.");

    public static KeyValuePair<string, object?> Channel(string channel) => new("channel", channel);

    public static double SecondsSince(long startTimestamp) => Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds;
}
