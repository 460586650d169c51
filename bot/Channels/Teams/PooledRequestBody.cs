using System.Buffers;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// A request body read up to a limit into a pooled buffer: the activity is parsed from it and the buffer goes
/// back to the pool, so a request allocates no body-sized arrays. Parsing copies what it keeps (JsonElement
/// values clone their bytes), so nothing refers to the buffer after <see cref="Dispose"/>.
/// </summary>
internal sealed class PooledRequestBody : IDisposable
{
    private byte[]? buffer;
    private readonly int length;
    private readonly ArrayPool<byte> pool;

    private PooledRequestBody(byte[] buffer, int length, ArrayPool<byte> pool)
    {
        this.buffer = buffer;
        this.length = length;
        this.pool = pool;
    }

    /// <summary>With Speed:PooledBodies off (a bench switch): a new array per body, never reused.</summary>
    internal static ArrayPool<byte> Unpooled { get; } = new NewArrays();

    public ReadOnlySpan<byte> Span => buffer.AsSpan(0, length);

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> bytes.</summary>
    public static async Task<PooledRequestBody?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken) =>
        await ReadAsync(request, limit, ArrayPool<byte>.Shared, cancellationToken);

    public static async Task<PooledRequestBody?> ReadAsync(HttpRequest request, int limit, ArrayPool<byte> pool, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limit)
        {
            return null;
        }

        // One byte more than announced, so the end of the body is seen without growing.
        var buffer = pool.Rent(request.ContentLength is { } announced ? (int)announced + 1 : 4096);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = pool.Rent(Math.Min(buffer.Length * 2, limit + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    pool.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    var body = new PooledRequestBody(buffer, length, pool);
                    buffer = null;
                    return body;
                }

                length += read;
                if (length > limit)
                {
                    return null;
                }
            }
        }
        finally
        {
            if (buffer is not null)
            {
                pool.Return(buffer);
            }
        }
    }

    public void Dispose()
    {
        if (buffer is { } rented)
        {
            buffer = null;
            pool.Return(rented);
        }
    }

    private sealed class NewArrays : ArrayPool<byte>
    {
        public override byte[] Rent(int minimumLength) => new byte[minimumLength];

        public override void Return(byte[] array, bool clearArray = false)
        {
        }
    }
}
