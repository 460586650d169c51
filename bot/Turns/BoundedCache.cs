using System.Collections.Concurrent;

namespace PartnershipBot.Turns;

/// <summary>
/// An in-memory shortcut kept for the life of the process, capped at <c>capacity</c> entries: when full it starts
/// over, so memory stays flat however many users come by, and a miss only costs the read or write it would have saved.
/// </summary>
public sealed class BoundedCache<TKey, TValue>
    where TKey : notnull
{
    private readonly int capacity;
    private readonly ConcurrentDictionary<TKey, TValue> entries;

    public BoundedCache(int capacity, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        this.capacity = capacity;
        entries = new ConcurrentDictionary<TKey, TValue>(comparer);
    }

    public int Count => entries.Count;

    public bool TryGet(TKey key, out TValue value) => entries.TryGetValue(key, out value!);

    public void Set(TKey key, TValue value)
    {
        if (entries.Count >= capacity && !entries.ContainsKey(key))
        {
            entries.Clear();
        }

        entries[key] = value;
    }

    public void Remove(TKey key) => entries.TryRemove(key, out _);
}
