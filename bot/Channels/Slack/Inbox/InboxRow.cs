using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// A verified inbound request that was acknowledged before its turn ran (Slack must be answered within 3 s).
/// Written before the ack; applied, with the replies the turn will send, in the same transaction as the turn's
/// state; done once those replies are out (so a crash in between resends them instead of losing them); pruned
/// after the de-duplication window.
/// </summary>
public sealed class InboxRow
{
    public long Id { get; set; }

    /// <summary>What the request was: command, event, interaction.</summary>
    public required string Kind { get; set; }

    /// <summary>Rows of one partition (Slack: team and user) run one at a time, in arrival order.</summary>
    public required string PartitionKey { get; set; }

    /// <summary>The channel's delivery id (Slack event_id, trigger_id): one row per delivery.</summary>
    public required string DedupKey { get; set; }

    /// <summary>What the worker needs to run the request, as the channel wrote it.</summary>
    public required string Payload { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The instance working on the row; its claim lapses at <see cref="LeaseUntil"/>.</summary>
    public string? ClaimedBy { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }

    public int Attempts { get; set; }

    /// <summary>When the turn's state was saved; from then on the row only has replies left to send.</summary>
    public DateTimeOffset? AppliedAt { get; set; }

    /// <summary>The turn's replies as the channel sends them, written with the state, for a resend after a crash.</summary>
    public string? Outbox { get; set; }

    public DateTimeOffset? DoneAt { get; set; }
}

internal sealed class InboxRowConfiguration : IEntityTypeConfiguration<InboxRow>
{
    public void Configure(EntityTypeBuilder<InboxRow> e)
    {
        e.ToTable("inbox");
        e.HasKey(x => x.Id);
        e.Property(x => x.Kind).HasMaxLength(32);
        e.Property(x => x.PartitionKey).HasMaxLength(200);
        e.Property(x => x.DedupKey).HasMaxLength(300);
        e.Property(x => x.ClaimedBy).HasMaxLength(200);
        e.HasIndex(x => x.DedupKey).IsUnique();
        e.HasIndex(x => new { x.PartitionKey, x.Id });
        e.HasIndex(x => x.DoneAt);
    }
}
