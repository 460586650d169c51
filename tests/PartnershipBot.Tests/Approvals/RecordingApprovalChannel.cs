using System.Collections.Concurrent;
using PartnershipBot.Approvals;
using PartnershipBot.Dialogs;

namespace PartnershipBot.Tests.Approvals;

/// <summary>A Teams (or other channel's) stand-in for the outbox tests: records what it is handed and answers with a posted id per message.</summary>
public sealed class RecordingApprovalChannel(string channel = ChannelIds.Teams) : IApprovalChannel
{
    private int posted;

    public string Channel => channel;

    public ConcurrentQueue<ApprovalMessage> Delivered { get; } = new();

    public Task<ApprovalDelivery> DeliverAsync(ApprovalMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Delivered.Enqueue(message);
        var id = message.ReplacesPostedId ?? $"activity-{Interlocked.Increment(ref posted)}";
        return Task.FromResult(ApprovalDelivery.Delivered(id, message.Row.ConversationId ?? $"a:1on1-{message.Row.RecipientId}"));
    }
}
