using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PartnershipBot.Data;

namespace PartnershipBot.Turns;

/// <summary>
/// A write to run in someone else's transaction (a turn's), and what to remember once that transaction commits
/// (not before: a rolled-back write must be written again next time).
/// </summary>
public sealed class PendingWrite(Func<TurnTransaction, CancellationToken, Task> write, Action committed)
{
    public Task WriteAsync(TurnTransaction turn, CancellationToken cancellationToken) => write(turn, cancellationToken);

    public void Committed() => committed();

    /// <summary>On its own: one transaction of its own on a fresh context.</summary>
    public async Task RunAloneAsync(IDbContextFactory<BotDbContext> contextFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contextFactory);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await write(new TurnTransaction(transaction.GetDbTransaction(), db.Database.IsSqlite(), () => db), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        committed();
    }
}
