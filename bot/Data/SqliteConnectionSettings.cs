using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace PartnershipBot.Data;

/// <summary>
/// Per physical connection (SQLite keeps these per connection, not in the file): a write waits for another writer
/// (another process, the reminder sweep) instead of failing at once; and with WAL, synchronous=NORMAL syncs the
/// log at checkpoints instead of on every commit. A commit then survives a crash of the process (it is in the
/// WAL file, which the OS holds), but the last commits before a power loss or OS crash can be lost; the
/// database stays consistent either way. docs/configuration.md states this trade-off.
/// </summary>
internal static class SqliteConnectionSettings
{
    public const int BusyTimeoutMilliseconds = 5000;

    private const string Pragmas = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";

    // The pool hands out the same native handle again and again; the pragmas stay set on it, so they run once per
    // handle instead of as a command on every pooled open.
    private static readonly ConditionalWeakTable<sqlite3, object> Configured = [];

    public static void Apply(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.Handle is { } handle && !Configured.TryAdd(handle, Configured))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}

/// <summary>Applies <see cref="SqliteConnectionSettings"/> to every connection EF opens.</summary>
internal sealed class SqliteConnectionSettingsInterceptor : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        SqliteConnectionSettings.Apply((SqliteConnection)connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SqliteConnectionSettings.Apply((SqliteConnection)connection);
        return Task.CompletedTask;
    }
}
