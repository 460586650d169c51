using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;

namespace PartnershipBot.Channels.Slack;

/// <summary>The Slack inbox table, as <c>db.Inbox</c>.</summary>
public static class InboxTables
{
    extension(BotDbContext db)
    {
        public DbSet<InboxRow> Inbox => db.Set<InboxRow>();
    }
}
