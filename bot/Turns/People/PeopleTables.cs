using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipBot.Data;

namespace PartnershipBot.Turns;

/// <summary>People and their linked accounts, link codes and the link audit trail.</summary>
public static class PeopleTables
{
    extension(BotDbContext db)
    {
        public DbSet<PersonRow> People => db.Set<PersonRow>();
        public DbSet<PersonAccountRow> PersonAccounts => db.Set<PersonAccountRow>();
        public DbSet<LinkCodeRow> LinkCodes => db.Set<LinkCodeRow>();
        public DbSet<LinkEventRow> LinkEvents => db.Set<LinkEventRow>();
    }
}

internal sealed class PersonRowConfiguration : IEntityTypeConfiguration<PersonRow>
{
    public void Configure(EntityTypeBuilder<PersonRow> e)
    {
        e.ToTable("people");
        e.HasKey(x => x.Id);
        e.Property(x => x.ReminderChannel).HasMaxLength(32);
    }
}

internal sealed class PersonAccountRowConfiguration : IEntityTypeConfiguration<PersonAccountRow>
{
    public void Configure(EntityTypeBuilder<PersonAccountRow> e)
    {
        e.ToTable("person_accounts");
        e.HasKey(x => new { x.Channel, x.UserId });
        e.Property(x => x.Channel).HasMaxLength(32);
        e.Property(x => x.UserId).HasMaxLength(200);
        e.HasIndex(x => x.PersonId);
        e.HasOne<PersonRow>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LinkCodeRowConfiguration : IEntityTypeConfiguration<LinkCodeRow>
{
    public void Configure(EntityTypeBuilder<LinkCodeRow> e)
    {
        e.ToTable("link_codes");
        e.HasKey(x => x.CodeHash);
        e.Property(x => x.CodeHash).HasMaxLength(64);
        e.Property(x => x.Channel).HasMaxLength(32);
        e.Property(x => x.UserId).HasMaxLength(200);
        e.Property(x => x.UsedById).HasMaxLength(240);
        // The hourly limit counts an account's recent codes.
        e.HasIndex(x => new { x.Channel, x.UserId, x.CreatedAt });
    }
}

internal sealed class LinkEventRowConfiguration : IEntityTypeConfiguration<LinkEventRow>
{
    public void Configure(EntityTypeBuilder<LinkEventRow> e)
    {
        e.ToTable("link_events");
        e.HasKey(x => x.Id);
        e.Property(x => x.Action).HasMaxLength(40);
        e.Property(x => x.ActorId).HasMaxLength(240);
        e.Property(x => x.OtherId).HasMaxLength(240);
        e.HasIndex(x => x.At);
    }
}
