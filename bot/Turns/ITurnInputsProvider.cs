using System.Collections.Immutable;
using PartnershipBot.Dialogs;
using PartnershipBot.Storage;

namespace PartnershipBot.Turns;

/// <summary>
/// Loads a read-only snapshot the dialogs need for a turn (for example the user's collaborations) before the
/// pure runner runs. Called on every attempt, after the state load, so a rerun after an ETag conflict sees fresh
/// data. Must not write: whatever a turn changes travels back as an effect.
/// </summary>
public interface ITurnInputsProvider
{
    Task<TurnSnapshots> LoadAsync(Turn turn, BotDbContext db, TurnSnapshots inputs, CancellationToken cancellationToken);
}

/// <summary>
/// The snapshots loaded for one turn, keyed by type. Same shape as the engine's TurnInputs (Empty, With, Get),
/// into which <see cref="DialogTurnRunner"/> hands them.
/// </summary>
public sealed class TurnSnapshots
{
    private readonly ImmutableDictionary<Type, object> items;

    private TurnSnapshots(ImmutableDictionary<Type, object> items) => this.items = items;

    public static TurnSnapshots Empty { get; } = new(ImmutableDictionary<Type, object>.Empty);

    public int Count => items.Count;

    public TurnSnapshots With<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return new TurnSnapshots(items.SetItem(typeof(T), value));
    }

    public T? Get<T>()
        where T : class => items.TryGetValue(typeof(T), out var value) ? (T)value : null;
}
