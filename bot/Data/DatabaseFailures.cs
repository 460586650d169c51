using Microsoft.Data.Sqlite;
using Npgsql;

namespace PartnershipBot.Data;

/// <summary>
/// Tells an outage (PostgreSQL restarting, the network gone, a connection cut, SQLite busy) from a bug: an outage
/// passes by itself, so the user is asked to try again and nothing is reset.
/// </summary>
public static class DatabaseFailures
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCannotOpen = 14;

    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            // IsTransient covers broken connections and the server's own "shutting down / cannot connect now" codes.
            if (e is NpgsqlException { IsTransient: true }
                or SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked or SqliteCannotOpen })
            {
                return true;
            }
        }

        return false;
    }
}
