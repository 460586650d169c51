using PartnershipBot.Reminders;
using PartnershipBot.Dialogs;

namespace PartnershipBot.Channels.Console;

/// <summary>
/// The console has no way to reach a user who is not chatting: reminders for console users are printed when
/// their `chat` session is open (the chat checks for due ones as it starts) and wait otherwise.
/// </summary>
public sealed class ConsoleReminderChannel : IReminderChannel
{
    private readonly Lock gate = new();
    private (string UserId, Func<IReadOnlyList<Reply>, CancellationToken, Task> Write)? session;

    public string Channel => ChannelIds.Console;

    /// <summary>Called by the chat while it runs; dispose the result when it ends.</summary>
    public IDisposable Attach(string userId, Func<IReadOnlyList<Reply>, CancellationToken, Task> write)
    {
        lock (gate)
        {
            session = (userId, write);
        }

        return new Detach(this);
    }

    public async Task<DeliveryResult> SendToUserAsync(string userId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        (string UserId, Func<IReadOnlyList<Reply>, CancellationToken, Task> Write)? current;
        lock (gate)
        {
            current = session;
        }

        if (current is not { } open || open.UserId != userId)
        {
            return new DeliveryResult(DeliveryOutcome.NotNow, "waiting for the owner's console chat");
        }

        await open.Write(replies, cancellationToken);
        return DeliveryResult.Delivered;
    }

    public Task<DeliveryResult> SendToComplianceAsync(ComplianceContact contact, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        Task.FromResult(new DeliveryResult(DeliveryOutcome.Undeliverable, "the console has no compliance channel"));

    private sealed class Detach(ConsoleReminderChannel owner) : IDisposable
    {
        public void Dispose()
        {
            lock (owner.gate)
            {
                owner.session = null;
            }
        }
    }
}
