using System.Globalization;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Turns;

namespace PartnershipBot.Safety;

/// <summary>Stages the report row with the turn's other writes: committed with the turn, or not at all.</summary>
public sealed class SafetyReportHandler(TimeProvider clock) : EffectHandler<SafetyReportEffect>
{
    protected override Task ApplyAsync(SafetyReportEffect effect, Turn turn, BotDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        db.SafetyReports.Add(new SafetyReportRow
        {
            Id = Guid.NewGuid(),
            Reference = effect.Reference,
            Text = effect.Text,
            Kinds = effect.Kinds,
            Matched = effect.Matched.Length > 2000 ? effect.Matched[..2000] : effect.Matched,
            UserChannel = turn.User.Channel,
            UserId = turn.User.Id,
            UserName = turn.User.DisplayName,
            TimeZone = turn.User.TimeZone,
            LocalTime = LocalTime(turn.Timestamp, turn.User.TimeZone),
            ConversationId = turn.Conversation.Id,
            TurnId = turn.Id,
            CollaborationId = effect.CollaborationId,
            QuestionId = effect.QuestionId,
            ReceivedAt = turn.Timestamp,
            Status = SafetyReportStatus.Pending,
            NextAttemptAt = now,
        });
        return Task.CompletedTask;
    }

    /// <summary>"2026-12-06 16:37 (Europe/Berlin)", or null when the zone is unknown to this machine.</summary>
    public static string? LocalTime(DateTimeOffset at, string? timeZone)
    {
        if (string.IsNullOrWhiteSpace(timeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone))
        {
            return null;
        }

        return $"{TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({timeZone})";
    }
}
