using System.Text.Json;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// Between the 3-second ack and the turn: a verified request is written to the database's inbox before Slack is
/// answered, so a crash or restart never loses what somebody typed (Slack does not resend what got a 200).
/// </summary>
public sealed class SlackInbox(InboxStore store, IOptionsMonitor<SlackOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { AllowOutOfOrderMetadataProperties = true };
    private readonly SemaphoreSlim arrived = new(0, int.MaxValue);

    /// <summary>One small insert; a retry of a delivery already in the inbox is <see cref="InboxAddResult.Duplicate"/>.</summary>
    public async Task<InboxAddResult> AddAsync(string kind, string partitionKey, string deliveryKey, SlackInboxJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var result = await store.TryAddAsync(kind, partitionKey, deliveryKey, WriteJob(job), options.CurrentValue.QueueCapacity,
            options.CurrentValue.QueueCapacityPerUser, cancellationToken);
        if (result == InboxAddResult.Added && arrived.CurrentCount < options.CurrentValue.Workers)
        {
            arrived.Release();
        }

        return result;
    }

    /// <summary>Waits until something arrives in this process, or <paramref name="timeout"/> (other instances, leases).</summary>
    internal Task<bool> WaitForArrivalAsync(TimeSpan timeout, CancellationToken cancellationToken) => arrived.WaitAsync(timeout, cancellationToken);

    internal static string WriteJob(SlackInboxJob job) => JsonSerializer.Serialize(job, Json);

    /// <summary>The stored job, or null when it cannot be read (damaged, or work this version does not know).</summary>
    internal static SlackInboxJob? Read(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<SlackInboxJob>(payload, Json);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            return null;
        }
    }

    internal static string Write(SlackOutbox outbox) => JsonSerializer.Serialize(outbox, Json);

    internal static SlackOutbox? ReadOutbox(string outbox) => TryRead<SlackOutbox>(outbox);

    private static T? TryRead<T>(string json)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A delivery key for requests Slack gives no id (it never retries those).</summary>
    internal static string KeyOr(string prefix, string? id) => $"{prefix}:{id ?? Guid.NewGuid().ToString("N")}";
}
