using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PartnershipBot.Partnerships;

/// <summary>
/// A note on a collaboration: a message its owner attached (Slack's "Add to a collaboration"), shown on the
/// collaboration's dashboard page. Its own table because audit events hold ids only, never free text.
/// </summary>
public sealed class CollaborationNoteRow
{
    public long Id { get; set; }
    public Guid CollaborationId { get; set; }
    public required string Text { get; set; }

    /// <summary>Where the text came from, as the channel names it ("a Slack message").</summary>
    public required string Source { get; set; }

    public required string Author { get; set; }

    /// <summary>Who added it as <c>channel:userId</c>.</summary>
    public string? AuthorId { get; set; }

    public DateTimeOffset At { get; set; }
}

internal sealed class CollaborationNoteRowConfiguration : IEntityTypeConfiguration<CollaborationNoteRow>
{
    public void Configure(EntityTypeBuilder<CollaborationNoteRow> e)
    {
        e.ToTable("collaboration_notes");
        e.HasKey(x => x.Id);
        e.Property(x => x.Text).HasMaxLength(4000);
        e.Property(x => x.Source).HasMaxLength(100);
        e.Property(x => x.Author).HasMaxLength(200);
        e.Property(x => x.AuthorId).HasMaxLength(300);
        e.HasIndex(x => new { x.CollaborationId, x.At });
    }
}
