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
        db.SafetyReports.Add(NewRow(turn, clock.GetUtcNow(), effect.Reference, effect.Text, effect.Kinds, effect.Matched, effect.CollaborationId, effect.QuestionId));
        return Task.CompletedTask;
    }

    /// <summary>A pending report of what this turn's user sent, due at once.</summary>
    public static SafetyReportRow NewRow(Turn turn, DateTimeOffset now, string reference, string text, string kinds, string matched, Guid? collaborationId, string? questionId)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(matched);
        return new SafetyReportRow
        {
            Id = Guid.NewGuid(),
            Reference = reference,
            Text = text,
            Kinds = kinds,
            Matched = matched.Length > 2000 ? matched[..2000] : matched,
            UserChannel = turn.User.Channel,
            UserId = turn.User.Id,
            UserName = turn.User.DisplayName,
            TimeZone = turn.User.TimeZone,
            LocalTime = LocalTime(turn.Timestamp, turn.User.TimeZone),
            ConversationId = turn.Conversation.Id,
            TurnId = turn.Id,
            CollaborationId = collaborationId,
            QuestionId = questionId,
            ReceivedAt = turn.Timestamp,
            Status = SafetyReportStatus.Pending,
            NextAttemptAt = now,
        };
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
