using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Data;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Partnerships;
using PartnershipBot.Reminders;

namespace PartnershipBot.Tests.Reminders.Support;

/// <summary>A submitted collaboration with its obligations and reminders, stored as a submit would store them.</summary>
public static class ReminderSeed
{
    public const string Owner = "owner-1";

    /// <summary>Grant to a UK patient organisation from Monday 1 March 2027 to 31 December 2027 (paid in 2027).</summary>
    public static Answers Grant(string start = "2027-03-01", string end = "2027-12-31", string support = "grant") => Answers.Empty
        .With("start_date", start)
        .With("end_date", end)
        .With("support_type", support)
        .With("countries", "GB")
        .With("partner_type", "patient_org")
        .With("review_cadence", "not_planned");

    public static async Task<Guid> SubmitAsync(IServiceProvider services, DateTimeOffset now, Answers? answers = null, string channel = RecordingReminderChannel.Name, string? timeZone = "Europe/London", string owner = Owner)
    {
        var id = Guid.NewGuid();
        await using var db = await services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        db.Collaborations.Add(new CollaborationRow
        {
            Id = id,
            Title = "Asthma school toolkit",
            Status = "Submitted",
            CreatedByChannel = channel,
            CreatedByUserId = owner,
            CreatedByName = "Dana Owner",
            ConversationKey = $"{channel}:{owner}",
            CreatedAt = now,
            UpdatedAt = now,
            SubmittedAt = now,
        });
        await services.GetRequiredService<ObligationSync>().SyncAsync(db, id, answers ?? Grant(), new ReminderOwner(channel, owner, "Dana Owner", timeZone), "Dana Owner", now, CancellationToken.None);
        await db.SaveChangesAsync();
        return id;
    }

    public static async Task<ObligationRow> ObligationAsync(IServiceProvider services, string key)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await db.Obligations.AsNoTracking().SingleAsync(o => o.Key == key);
    }

    public static async Task<List<ReminderRow>> RemindersAsync(IServiceProvider services, Guid obligationId)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await db.Reminders.AsNoTracking().Where(r => r.ObligationId == obligationId).OrderBy(r => r.SendAt).ToListAsync();
    }
}
