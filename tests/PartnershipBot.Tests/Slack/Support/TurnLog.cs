using PartnershipBot.Dialogs;

namespace PartnershipBot.Tests.Slack.Support;

/// <summary>Every Turn the channel hands to the turn processor, for assertions on the Slack -> Turn mapping.</summary>
public sealed class TurnLog
{
    private readonly List<Turn> _turns = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<Turn> Turns
    {
        get
        {
            lock (_gate)
            {
                return [.. _turns];
            }
        }
    }

    public void Add(Turn turn)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _turns.Add(turn);
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    public async Task<Turn> WaitForAsync(Func<Turn, bool> match)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_turns.FirstOrDefault(match) is { } found)
                {
                    return found;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(cts.Token);
        }
    }
}
