using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows;

namespace PartnershipBot.Turns;

/// <summary>
/// Stores the person's choice of language on their users row (creating the row when this is their first turn;
/// the turn's own user upsert then leaves the choice alone), and tells <see cref="UserLanguages"/>.
/// </summary>
internal sealed class SetLanguageHandler(UserLanguages languages, TimeProvider clock) : EffectHandler<SetLanguage>
{
    protected override async Task ApplyAsync(SetLanguage effect, Turn turn, BotDbContext db, CancellationToken cancellationToken)
    {
        var user = turn.User;
        var row = await db.Set<UserRow>().FirstOrDefaultAsync(u => u.Channel == user.Channel && u.UserId == user.Id, cancellationToken);
        if (row is null)
        {
            db.Add(new UserRow { Channel = user.Channel, UserId = user.Id, DisplayName = user.DisplayName, TimeZone = user.TimeZone, Locale = user.Locale, Language = effect.Language, UpdatedAt = clock.GetUtcNow() });
        }
        else
        {
            row.Language = effect.Language;
        }

        // Before the commit: a rolled-back turn reruns and emits the same choice again.
        languages.Remember(user.Channel, user.Id, effect.Language);
    }
}
