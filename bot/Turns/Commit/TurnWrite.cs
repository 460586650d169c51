using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Turns;

/// <summary>
/// The write phase of one attempt of a turn, run by the <see cref="ITurnWriter"/> inside the transaction: the
/// delivery id, the ETag-checked state, the inbox mark, the effects, and the user and address when they changed.
/// All but the effects are plain commands on the transaction: a turn without effects sets up no DbContext.
/// </summary>
internal sealed class TurnWrite(
    ConversationStateStore stateStore,
    TimeProvider clock,
    ILogger logger,
    Turn turn,
    TurnDelivery delivery,
    LoadedState loaded,
    TurnResult result,
    Func<BotDbContext, CancellationToken, Task> applyEffects)
{
    public bool Repeat { get; private set; }

    public LoadedState? Saved { get; private set; }

    public PendingWrite?[] Recording { get; init; } = [];

    /// <summary>The new state's text when the processor already made it (null: made by the save).</summary>
    public string? StateJson { get; init; }

    private bool recorded;

    public void Committed()
    {
        if (recorded)
        {
            Array.ForEach(Recording, w => w?.Committed());
        }
    }

    public async Task<bool> RunAsync(TurnTransaction turn, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (delivery.Key is { } key && !await InboundKeys.TryInsertAsync(turn, key, now, cancellationToken))
        {
            Repeat = true;
            return false;
        }

        // The state first: a lost race is found before any effect is staged.
        Saved = await stateStore.TrySaveAsync(turn, loaded, result.State, cancellationToken, StateJson);
        if (Saved is null)
        {
            return false;
        }

        if (delivery.Receipt is { } receipt)
        {
            await receipt.WriteAsync(turn, result.Replies, now, cancellationToken);
        }

        if (result.Effects.Count > 0)
        {
            var db = turn.Context;
            try
            {
                await applyEffects(db, cancellationToken);
            }
            catch (EffectConflictException)
            {
                // Undone with the rest of the write; the caller reruns the turn as after a lost ETag race.
                return false;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        if (Array.Exists(Recording, w => w is not null))
        {
            recorded = await RecordUserAsync(turn, cancellationToken);
        }

        return true;
    }

    /// <summary>In a savepoint of its own: recording the user must not cost the user their answer.</summary>
    private async Task<bool> RecordUserAsync(TurnTransaction transaction, CancellationToken cancellationToken)
    {
        const string Savepoint = "record_user";
        await transaction.SaveAsync(Savepoint, cancellationToken);
        try
        {
            foreach (var write in Recording)
            {
                if (write is not null)
                {
                    await write.WriteAsync(transaction, cancellationToken);
                }
            }

            await transaction.ReleaseAsync(Savepoint, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await transaction.RollbackAsync(Savepoint, cancellationToken);
            TurnsLog.UserNotRecorded(logger, turn.Id, ex.GetType().Name, ex);
            return false;
        }
    }
}
