using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Support;

/// <summary>Adds effects to whatever the real dialogs return, so tests can drive the effect pipeline.</summary>
public sealed class EffectingRunner(ITurnRunner inner, Func<Turn, TurnInputs, IEnumerable<Effect>> effects) : ITurnRunner
{
    public EffectingRunner(ITurnRunner inner, Func<Turn, IEnumerable<Effect>> effects)
        : this(inner, (turn, _) => effects(turn))
    {
    }

    public TurnResult Run(Turn turn, ConversationState state, TurnInputs inputs)
    {
        var result = inner.Run(turn, state, inputs);
        return result with { Effects = [.. result.Effects, .. effects(turn, inputs)] };
    }

    /// <summary>A runner that counts like a dialog would: from the snapshot it was given, value + 1.</summary>
    public static EffectingRunner Counting() =>
        new(new DialogTurnRunner(BotDialogs.CreateRunner()), (_, inputs) => [new CountEffect(inputs.Get<CounterSnapshot>()!.Value + 1)]);
}

/// <summary>
/// A counter read before the run (snapshot) and written blindly by the effect: exactly the read-modify-write
/// a lost update breaks, so only the conversation ETag keeps the count right across instances.
/// </summary>
public sealed record CounterSnapshot(int Value);

public sealed record CountEffect(int NewValue) : Effect;

public sealed class CounterInputs : ITurnInputsProvider
{
    public async Task<TurnInputs> LoadAsync(Turn turn, BotDbContext db, TurnInputs inputs, CancellationToken cancellationToken)
    {
        var row = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Channel == CounterHandler.Channel && u.UserId == CounterHandler.CounterId, cancellationToken);
        var value = row is null ? 0 : int.Parse(row.DisplayName!, System.Globalization.CultureInfo.InvariantCulture);
        return inputs.With(new CounterSnapshot(value));
    }
}

public sealed class CounterHandler : EffectHandler<CountEffect>
{
    public const string Channel = "test";
    public const string CounterId = "counter";

    public static async Task<int> ReadAsync(IDbContextFactory<BotDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        var row = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Channel == Channel && u.UserId == CounterId);
        return row is null ? 0 : int.Parse(row.DisplayName!, System.Globalization.CultureInfo.InvariantCulture);
    }

    protected override async Task ApplyAsync(CountEffect effect, Turn turn, BotDbContext db, CancellationToken cancellationToken)
    {
        var value = effect.NewValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var row = await db.Users.FindAsync([Channel, CounterId], cancellationToken);
        if (row is null)
        {
            db.Users.Add(new UserRow { Channel = Channel, UserId = CounterId, DisplayName = value });
            return;
        }

        row.DisplayName = value;
    }
}

/// <summary>Stages a marker row (an inbound key) so a test can see whether a turn's effects were committed.</summary>
public sealed record MarkEffect(string Marker) : Effect;

public sealed class MarkHandler : EffectHandler<MarkEffect>
{
    protected override Task ApplyAsync(MarkEffect effect, Turn turn, BotDbContext db, CancellationToken cancellationToken)
    {
        db.InboundKeys.Add(new InboundKeyRow { Key = effect.Marker, SeenAt = DateTimeOffset.UtcNow });
        return Task.CompletedTask;
    }
}

public sealed record FailEffect : Effect;

public sealed class FailHandler : EffectHandler<FailEffect>
{
    protected override Task ApplyAsync(FailEffect effect, Turn turn, BotDbContext db, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("effect handler failed on purpose");
}
