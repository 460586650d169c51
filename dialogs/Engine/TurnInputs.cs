using System.Collections.Immutable;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// Read-only snapshots the host loads before a turn (for example the user's collaborations), keyed by type, so
/// the runner stays free of I/O. Immutable: <c>TurnInputs.Empty.With(collaborations)</c>.
/// </summary>
public sealed class TurnInputs
{
    private readonly ImmutableDictionary<Type, object> items;

    private TurnInputs(ImmutableDictionary<Type, object> items) => this.items = items;

    public static TurnInputs Empty { get; } = new(ImmutableDictionary<Type, object>.Empty);

    public TurnInputs With<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return new TurnInputs(items.SetItem(typeof(T), value));
    }

    /// <summary>The snapshot of type <typeparamref name="T"/>, or null when the host did not provide one.</summary>
    public T? Get<T>()
        where T : class => items.TryGetValue(typeof(T), out var value) ? (T)value : null;

    /// <summary>The snapshot of type <typeparamref name="T"/>; a missing one is a wiring bug in the host, so this throws.</summary>
    public T Require<T>()
        where T : class =>
        Get<T>() ?? throw new InvalidOperationException($"The host did not provide the turn input {typeof(T).Name}.");
}
