using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PartnershipBot.Data;

/// <summary>The single row that says which schema version last touched the database.</summary>
public sealed class SchemaInfoRow
{
    public int Id { get; set; }
    public int Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class SchemaInfoRowConfiguration : IEntityTypeConfiguration<SchemaInfoRow>
{
    public void Configure(EntityTypeBuilder<SchemaInfoRow> e)
    {
        e.ToTable("schema_info");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).ValueGeneratedNever();
    }
}
