using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipBot.Data;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// The replies of a Teams turn, written in the turn's transaction with its delivery id, so a process that dies
/// after the commit and before the send can have them sent when the connector redelivers the activity. Marked sent
/// once they are out; pruned after the de-duplication window.
/// </summary>
public sealed class TeamsOutboxRow
{
    /// <summary>The turn's delivery id (<c>teams-activity:CONVERSATION:ID</c>).</summary>
    public required string Key { get; set; }

    public required string ServiceUrl { get; set; }

    public required string ConversationId { get; set; }

    /// <summary>The activities to post, as JSON, addressed as the first send addressed them.</summary>
    public required string Activities { get; set; }

    /// <summary>The process sending them now (machine/process/start), and until when that claim holds.</summary>
    public string? ClaimedBy { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}

internal sealed class TeamsOutboxRowConfiguration : IEntityTypeConfiguration<TeamsOutboxRow>
{
    public void Configure(EntityTypeBuilder<TeamsOutboxRow> e)
    {
        e.ToTable("teams_outbox");
        e.HasKey(x => x.Key);
        e.Property(x => x.Key).HasMaxLength(300);
        e.Property(x => x.ServiceUrl).HasMaxLength(400);
        e.Property(x => x.ConversationId).HasMaxLength(400);
        e.Property(x => x.ClaimedBy).HasMaxLength(200);
        e.HasIndex(x => x.CreatedAt);
    }
}

/// <summary>The Teams outbox table, as <c>db.TeamsOutbox</c>.</summary>
public static class TeamsOutboxTables
{
    extension(BotDbContext db)
    {
        public DbSet<TeamsOutboxRow> TeamsOutbox => db.Set<TeamsOutboxRow>();
    }
}
