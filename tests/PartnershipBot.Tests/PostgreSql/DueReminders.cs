using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Partnerships;
using PartnershipBot.Reminders;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.PostgreSql;

/// <summary>Reminders due now, in bulk, and waiting for them to arrive: the multi-host tests' shared parts.</summary>
internal static class DueReminders
{
    /// <summary>
    /// One submitted collaboration per title, each with an open written-agreement obligation (a key the content
    /// pack defines, so the message can name it) and one lead reminder due a minute ago. Returns the reminder keys.
    /// </summary>
    public static async Task<List<string>> SeedAsync(TempDatabase database, IEnumerable<string> titles, string channel, string owner, string sourceId)
    {
        var now = DateTimeOffset.UtcNow;
        await using var db = await database.CreateContextAsync();
        var keys = new List<string>();
        foreach (var title in titles)
        {
            var collaboration = Guid.NewGuid();
            db.Collaborations.Add(new CollaborationRow
            {
                Id = collaboration,
                Title = title,
                Status = "Submitted",
                CreatedByChannel = channel,
                CreatedByUserId = owner,
                ConversationKey = $"{channel}:{owner}",
                CreatedAt = now,
                UpdatedAt = now,
                SubmittedAt = now,
            });
            var obligation = new ObligationRow
            {
                Id = Guid.NewGuid(),
                CollaborationId = collaboration,
                Key = "written_agreement",
                Kind = "disclosure",
                Title = "Written agreement signed before the start",
                Due = DateOnly.FromDateTime(now.UtcDateTime).AddDays(7),
                SourceId = sourceId,
                Status = ObligationStatus.Open,
                OwnerChannel = channel,
                OwnerUserId = owner,
                OwnerName = "Dana Owner",
                TimeZone = "Europe/London",
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Obligations.Add(obligation);
            var reminder = ReminderRow.Scheduled(obligation.Id, $"{obligation.Id:N}:lead", ReminderKinds.Lead, now.AddMinutes(-1), now);
            db.Reminders.Add(reminder);
            keys.Add(reminder.Key);
        }

        await db.SaveChangesAsync();
        return keys;
    }

    public static async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }
}
