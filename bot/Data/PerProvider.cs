using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace PartnershipBot.Data;

/// <summary>
/// An EF compiled query, compiled once per database provider. EF binds a compiled query to the provider of the
/// first context that runs it, so a process that talks to SQLite and PostgreSQL (the test suite does) needs one
/// per provider; the bot itself only ever uses one.
/// </summary>
internal sealed class PerProvider<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConcurrentDictionary<string, TQuery> compiled = new(StringComparer.Ordinal);

    public TQuery For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return compiled.GetOrAdd(db.Database.ProviderName ?? "", _ => compile());
    }
}
