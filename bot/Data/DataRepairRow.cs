using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PartnershipBot.Data;

/// <summary>An <see cref="IDataRepair"/> that has run to completion on this database.</summary>
public sealed class DataRepairRow
{
    public required string Id { get; set; }

    public DateTimeOffset AppliedAt { get; set; }

    public int Rows { get; set; }
}

internal sealed class DataRepairRowConfiguration : IEntityTypeConfiguration<DataRepairRow>
{
    public void Configure(EntityTypeBuilder<DataRepairRow> e)
    {
        e.ToTable("data_repairs");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasMaxLength(100);
    }
}
