using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipBot.Data;

namespace PartnershipBot.Turns;

/// <summary>The tables a turn reads and writes itself: conversation state, delivery ids, users and addresses.</summary>
public static class TurnTables
{
    extension(BotDbContext db)
    {
        public DbSet<ConversationStateRow> ConversationStates => db.Set<ConversationStateRow>();
        public DbSet<UserRow> Users => db.Set<UserRow>();
        public DbSet<ConversationAddress> ConversationAddresses => db.Set<ConversationAddress>();
        public DbSet<InboundKeyRow> InboundKeys => db.Set<InboundKeyRow>();
        public DbSet<SentCardRow> SentCards => db.Set<SentCardRow>();
    }
}

internal sealed class ConversationStateRowConfiguration : IEntityTypeConfiguration<ConversationStateRow>
{
    public void Configure(EntityTypeBuilder<ConversationStateRow> e)
    {
        e.ToTable("conversation_states");
        e.HasKey(x => x.Key);
        e.Property(x => x.Key).HasMaxLength(400);
        e.Property(x => x.ETag).HasMaxLength(64);
    }
}

internal sealed class UserRowConfiguration : IEntityTypeConfiguration<UserRow>
{
    public void Configure(EntityTypeBuilder<UserRow> e)
    {
        e.ToTable("users");
        e.HasKey(x => new { x.Channel, x.UserId });
        e.Property(x => x.Channel).HasMaxLength(32);
        e.Property(x => x.UserId).HasMaxLength(200);
        e.Property(x => x.DisplayName).HasMaxLength(200);
        e.Property(x => x.TimeZone).HasMaxLength(100);
        e.Property(x => x.Locale).HasMaxLength(35);
        e.Property(x => x.Language).HasMaxLength(8);
    }
}

internal sealed class ConversationAddressConfiguration : IEntityTypeConfiguration<ConversationAddress>
{
    public void Configure(EntityTypeBuilder<ConversationAddress> e)
    {
        e.ToTable("conversation_addresses");
        e.HasKey(x => new { x.Channel, x.UserId });
        e.Property(x => x.Channel).HasMaxLength(32);
        e.Property(x => x.UserId).HasMaxLength(200);
        e.Property(x => x.ConversationId).HasMaxLength(400);
        e.Property(x => x.ServiceUrl).HasMaxLength(400);
        e.Property(x => x.TenantId).HasMaxLength(64);
        e.Property(x => x.BotId).HasMaxLength(200);
        e.Property(x => x.AadObjectId).HasMaxLength(64);
        e.Property(x => x.TeamId).HasMaxLength(64);
        e.Property(x => x.Locale).HasMaxLength(35);
        e.Property(x => x.TimeZone).HasMaxLength(100);
    }
}

internal sealed class InboundKeyRowConfiguration : IEntityTypeConfiguration<InboundKeyRow>
{
    public void Configure(EntityTypeBuilder<InboundKeyRow> e)
    {
        e.ToTable("inbound_keys");
        e.HasKey(x => x.Key);
        e.Property(x => x.Key).HasMaxLength(300);
        e.HasIndex(x => x.SeenAt);
    }
}
