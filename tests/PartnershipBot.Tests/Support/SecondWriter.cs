using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Support;

/// <summary>
/// Plays another bot instance: while a turn is between its load and its save (inputs are loaded in between),
/// it writes the same conversation row through its own DbContext, for the first <paramref name="times"/> calls.
/// </summary>
public sealed class SecondWriter(IDbContextFactory<BotDbContext> factory, int times) : ITurnInputsProvider
{
    public const string WrittenJson = "{}";

    public int Calls => calls;

    public string? LastETag { get; private set; }

    private int calls;

    public async Task<TurnInputs> LoadAsync(Turn turn, BotDbContext db, TurnInputs inputs, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref calls) <= times)
        {
            await using var other = await factory.CreateDbContextAsync(cancellationToken);
            var row = await other.ConversationStates.SingleOrDefaultAsync(x => x.Key == turn.Conversation.Key, cancellationToken);
            LastETag = Guid.NewGuid().ToString("N");
            if (row is null)
            {
                other.ConversationStates.Add(new ConversationStateRow { Key = turn.Conversation.Key, Json = WrittenJson, ETag = LastETag, UpdatedAt = DateTimeOffset.UtcNow });
            }
            else
            {
                row.ETag = LastETag;
                row.UpdatedAt = DateTimeOffset.UtcNow;
            }

            await other.SaveChangesAsync(cancellationToken);
        }

        return inputs;
    }
}
