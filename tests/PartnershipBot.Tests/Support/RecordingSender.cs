using System.Collections.Concurrent;
using PartnershipBot.Dialogs;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Support;

/// <summary>Keeps every batch of replies a turn sent; an optional callback runs at send time (e.g. to check the save).</summary>
public sealed class RecordingSender(Func<IReadOnlyList<Reply>, Task>? onSend = null) : IReplySender
{
    private readonly ConcurrentQueue<IReadOnlyList<Reply>> batches = new();

    public IReadOnlyList<IReadOnlyList<Reply>> Batches => [.. batches];

    public IEnumerable<string> Texts => batches.SelectMany(b => b).OfType<TextReply>().Select(t => t.Text);

    public async Task SendAsync(IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        if (onSend is not null)
        {
            await onSend(replies);
        }

        batches.Enqueue(replies);
    }
}
