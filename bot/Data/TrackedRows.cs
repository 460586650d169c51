using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace PartnershipBot.Data;

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
        var found = new HashSet<T>(stored, ReferenceEqualityComparer.Instance);
        var others = set.Local.Where(r => !found.Contains(r)).ToList();
        if (others.Count > 0)
        {
            // Compiling the filter emits code: only when something tracked but not just read (staged by this turn)
            // may match, which is rare.
            stored.AddRange(others.Where(filter.Compile()));
        }

        stored.RemoveAll(r => set.Entry(r).State == EntityState.Deleted);
        return stored;
    }
}
