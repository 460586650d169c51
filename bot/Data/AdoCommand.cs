using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace PartnershipBot.Data;

/// <summary>
/// A plain ADO.NET statement on a connection and transaction: the turn's hottest writes skip EF's raw SQL parsing
/// and change tracking. Parameters are named <c>@name</c> (SQLite and Npgsql both read that); a null value is sent
/// as SQL NULL.
/// </summary>
internal static class AdoCommand
{
    /// <summary>On a context's connection (opened if it is not) and its current transaction.</summary>
    public static async Task<int> ExecuteAsync(BotDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        return await ExecuteAsync(connection, db.Database.CurrentTransaction?.GetDbTransaction(), sql, cancellationToken, parameters);
    }

    /// <summary>A command on a context's connection (opened if it is not) and its current transaction, for reading.</summary>
    public static async Task<DbCommand> CreateAsync(BotDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        return Create(connection, db.Database.CurrentTransaction?.GetDbTransaction(), sql, parameters);
    }

    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = Create(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Create(DbConnection connection, DbTransaction? transaction, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
