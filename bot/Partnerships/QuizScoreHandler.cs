using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Turns;

namespace PartnershipBot.Partnerships;

/// <summary>Keeps the best quiz score per user.</summary>
internal sealed class QuizScoreHandler : EffectHandler<RecordQuizScore>
{
    protected override async Task ApplyAsync(RecordQuizScore effect, Turn turn, BotDbContext db, CancellationToken cancellationToken)
    {
        var row = await db.QuizScores.FindAsync([turn.User.Channel, turn.User.Id], cancellationToken);
        if (row is null)
        {
            row = new QuizScoreRow { Channel = turn.User.Channel, UserId = turn.User.Id };
            db.QuizScores.Add(row);
        }

        row.BestScore = Math.Max(row.BestScore, effect.Score);
        row.Total = effect.Total;
        row.Attempts++;
        row.LastAt = effect.At;
    }
}
