namespace PartnershipBot.Data;

/// <summary>The settings every durable outbox's sender has (Safety, Approvals), bound under the feature's own section.</summary>
public abstract class OutboxOptions
{
    /// <summary>Tries of one row before the feature gives up on it (escalates it, or marks it failed).</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait after the first failed try; doubled after each further one, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the sender looks for rows to send.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A claimed row is not tried by anyone else for this long (a crashed sender's lease runs out).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>False: rows are recorded, but this instance sends none (another instance does).</summary>
    public bool SenderEnabled { get; set; } = true;

    /// <summary>What is wrong with these settings, named under <paramref name="section"/>.</summary>
    public IEnumerable<string> OutboxErrors(string section)
    {
        if (MaxAttempts < 1)
        {
            yield return $"{section}:MaxAttempts must be at least 1.";
        }

        if (PollInterval < TimeSpan.FromMilliseconds(100) || Lease < TimeSpan.FromSeconds(1) || FirstRetryDelay < TimeSpan.Zero)
        {
            yield return $"{section}:PollInterval must be at least 100 ms, {section}:Lease at least one second, {section}:FirstRetryDelay not negative.";
        }
    }
}
