using System.Collections.Immutable;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// Read-only snapshots the host loads before a turn (for example the user's collaborations), keyed by type, so
/// the runner stays free of I/O. Immutable: <c>TurnInputs.Empty.With(collaborations)</c>.
/// </summary>
public sealed class TurnInputs
{
    private readonly ImmutableDictionary<Type, object> items;
    private readonly bool deferred;

    private TurnInputs(ImmutableDictionary<Type, object> items, bool deferred = false)
    {
        this.items = items;
        this.deferred = deferred;
    }

    public static TurnInputs Empty { get; } = new(ImmutableDictionary<Type, object>.Empty);

    /// <summary>
    /// No snapshots yet, for a first run that finds out whether the turn needs any: most turns (an answer, help)
    /// read none, so the host skips their queries. A read of a snapshot sets <see cref="Missed"/>; the host then
    /// loads the snapshots and runs the turn again. The runner is pure, so dropping the first run's result is safe.
    /// One instance per run: <see cref="Missed"/> is written by the run that reads it.
    /// </summary>
    public static TurnInputs Deferred() => new(ImmutableDictionary<Type, object>.Empty, deferred: true);

    /// <summary>True when the run asked a <see cref="Deferred"/> instance for a snapshot it does not hold.</summary>
    public bool Missed { get; private set; }

    public TurnInputs With<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return new TurnInputs(items.SetItem(typeof(T), value));
    }

    /// <summary>The snapshot of type <typeparamref name="T"/>, or null when the host did not provide one.</summary>
    public T? Get<T>()
        where T : class
    {
        if (items.TryGetValue(typeof(T), out var value))
        {
            return (T)value;
        }

        Missed |= deferred;
        return null;
    }

    /// <summary>The snapshot of type <typeparamref name="T"/>; a missing one is a wiring bug in the host, so this throws.</summary>
    public T Require<T>()
        where T : class =>
        Get<T>() ?? throw new InvalidOperationException($"The host did not provide the turn input {typeof(T).Name}.");
}
