using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace PartnershipBot.Storage;

/// <summary>
/// Reads rows the way a turn's effects must see them: one turn may stage the same rows more than once before
/// its single SaveChanges, so the database alone is not the truth yet.
/// </summary>
public static class TrackedRows
{
    /// <summary>Rows in the database plus those this DbContext already added, minus those it deleted.</summary>
    public static async Task<List<T>> ListAsync<T>(DbSet<T> set, Expression<Func<T, bool>> filter, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(filter);
        var stored = await set.Where(filter).ToListAsync(cancellationToken);
        var compiled = filter.Compile();
        return [.. set.Local.Where(compiled).Union(stored).Where(r => set.Entry(r).State != EntityState.Deleted)];
    }
}
