namespace PartnershipBot.Data;

/// <summary>
/// A one-off correction of stored data that needs the application (the content pack, a feature's rules), which a
/// SQL migration cannot express. <see cref="DatabaseMigrator"/> runs each one once, after the schema migrations,
/// and records its <see cref="Id"/> in <c>data_repairs</c>; a repair that throws is tried again at the next start.
/// </summary>
public interface IDataRepair
{
    /// <summary>Stable and unique, e.g. "2026-12-slack-reminder-user-ids"; never reused for another repair.</summary>
    string Id { get; }

    /// <returns>How many rows it corrected (logged).</returns>
    Task<int> RunAsync(CancellationToken cancellationToken);
}
