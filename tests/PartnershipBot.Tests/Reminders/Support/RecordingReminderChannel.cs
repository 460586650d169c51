using System.Collections.Concurrent;
using PartnershipBot.Dialogs;
using PartnershipBot.Reminders;

namespace PartnershipBot.Tests.Reminders.Support;

/// <summary>
/// A reminder channel at the boundary where Teams or Slack would be: records what reached whom and answers with
/// scripted outcomes (delivered unless told otherwise).
/// </summary>
public sealed class RecordingReminderChannel(string channel = RecordingReminderChannel.Name) : IReminderChannel
{
    public const string Name = "recording";

    public ConcurrentQueue<(string To, IReadOnlyList<Reply> Replies)> Sent { get; } = new();

    public ConcurrentQueue<DeliveryResult> Outcomes { get; } = new();

    public string Channel => channel;

    public IReadOnlyList<string> Titles => [.. Sent.Select(s => s.Replies[0] is CardReply c ? c.Card.Title : ((TextReply)s.Replies[0]).Text)];

    public Task<DeliveryResult> SendToUserAsync(string userId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        Record(userId, replies);

    public Task<DeliveryResult> SendToComplianceAsync(ComplianceContact contact, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        Record("compliance:" + contact.ConversationId, replies);

    private Task<DeliveryResult> Record(string to, IReadOnlyList<Reply> replies)
    {
        var outcome = Outcomes.TryDequeue(out var scripted) ? scripted : DeliveryResult.Delivered;
        if (outcome.Outcome == DeliveryOutcome.Delivered)
        {
            Sent.Enqueue((to, replies));
        }

        return Task.FromResult(outcome);
    }
}
