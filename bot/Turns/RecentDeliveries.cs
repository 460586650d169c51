namespace PartnershipBot.Turns;

/// <summary>
/// Delivery ids this instance applied lately, so a known repeat is skipped without running the turn. Only a
/// short cut: the conflict-ignoring insert in the turn's transaction stays the guard (other instances, restarts).
/// Two generations of a bounded size: memory stays flat, and an id is remembered for at least one generation.
/// </summary>
public sealed class RecentDeliveries
{
    private const int GenerationSize = 8192;
    private readonly Lock gate = new();
    private HashSet<string> current = new(StringComparer.Ordinal);
    private HashSet<string> previous = new(StringComparer.Ordinal);

    public bool Contains(string key)
    {
        lock (gate)
        {
            return current.Contains(key) || previous.Contains(key);
        }
    }

    public void Add(string key)
    {
        lock (gate)
        {
            if (current.Count >= GenerationSize)
            {
                (previous, current) = (current, previous);
                current.Clear();
            }

            current.Add(key);
        }
    }
}
