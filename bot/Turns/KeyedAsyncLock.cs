namespace PartnershipBot.Turns;

/// <summary>
/// One async lock per key (conversation), created on demand and dropped when nobody holds or waits for it,
/// so memory stays proportional to the conversations active right now.
/// </summary>
public sealed class KeyedAsyncLock
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        Entry entry;
        lock (entries)
        {
            if (!entries.TryGetValue(key, out entry!))
            {
                entry = new Entry();
                entries[key] = entry;
            }

            entry.Users++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Release(key, entry, held: false);
            throw;
        }

        return new Releaser(this, key, entry);
    }

    /// <summary>Keys currently held or awaited (for tests and diagnostics).</summary>
    public int ActiveKeys
    {
        get
        {
            lock (entries)
            {
                return entries.Count;
            }
        }
    }

    private void Release(string key, Entry entry, bool held)
    {
        lock (entries)
        {
            if (held)
            {
                entry.Semaphore.Release();
            }

            if (--entry.Users == 0)
            {
                entries.Remove(key);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Releaser(KeyedAsyncLock owner, string key, Entry entry) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                owner.Release(key, entry, held: true);
            }
        }
    }
}
