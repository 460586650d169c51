using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PartnershipBot.Data;

namespace PartnershipBot.Turns;

/// <summary>
/// Runs the write phase of a turn (its delivery id, state, effects, inbox mark) in a transaction and commits it.
/// The write returns false to undo what it wrote (a repeat, a lost ETag race); a write that throws is undone too
/// and the exception reaches the caller. Either way nothing of that write is committed, and other turns' writes
/// are not affected. The write gets the open connection and transaction (<see cref="TurnTransaction"/>); EF is set
/// up only if it asks for a context.
/// </summary>
public interface ITurnWriter
{
    /// <returns>True when the write was committed; false when it asked to be undone.</returns>
    Task<bool> WriteAsync(Func<TurnTransaction, CancellationToken, Task<bool>> write, CancellationToken cancellationToken);
}

/// <summary>
/// One transaction per turn: PostgreSQL has real concurrent writers, so turns commit side by side and the
/// database serialises only the rows they share.
/// </summary>
internal sealed class TransactionPerTurnWriter(IDbContextFactory<BotDbContext> contextFactory) : ITurnWriter
{
    public async Task<bool> WriteAsync(Func<TurnTransaction, CancellationToken, Task<bool>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The context exists already (it began the transaction), so the write's EF work uses it; it is disposed here.
        var turn = new TurnTransaction(transaction.GetDbTransaction(), db.Database.IsSqlite(), () => db);
        if (!await write(turn, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
