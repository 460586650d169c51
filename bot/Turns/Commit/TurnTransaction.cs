using System.Data.Common;
using PartnershipBot.Data;

namespace PartnershipBot.Turns;

/// <summary>
/// A turn's write phase on an open connection and transaction. The hot writes (delivery id, state, inbox mark,
/// user and address) are plain parameterised ADO.NET commands on it; a <see cref="BotDbContext"/> on the same
/// connection and transaction is created only when a write asks for <see cref="Context"/> (the effects), so a turn
/// without effects never sets up EF.
/// </summary>
public sealed class TurnTransaction(DbTransaction transaction, bool isSqlite, Func<BotDbContext> createContext) : IDisposable
{
    private BotDbContext? context;

    /// <summary>Created on first use, enlisted in this transaction.</summary>
    public BotDbContext Context => context ??= createContext();

    /// <summary>A value for an instant column (see <see cref="SqlInstant"/>).</summary>
    public object Instant(DateTimeOffset at) => SqlInstant.Of(isSqlite, at);

    /// <summary>Parameters are named <c>@name</c> (SQLite and Npgsql both read that); a null value is sent as SQL NULL.</summary>
    public Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        AdoCommand.ExecuteAsync(transaction.Connection!, transaction, sql, cancellationToken, parameters);

    public Task SaveAsync(string savepoint, CancellationToken cancellationToken) => transaction.SaveAsync(savepoint, cancellationToken);

    public Task RollbackAsync(string savepoint, CancellationToken cancellationToken) => transaction.RollbackAsync(savepoint, cancellationToken);

    public Task ReleaseAsync(string savepoint, CancellationToken cancellationToken) => transaction.ReleaseAsync(savepoint, cancellationToken);

    public void Dispose() => context?.Dispose();
}
