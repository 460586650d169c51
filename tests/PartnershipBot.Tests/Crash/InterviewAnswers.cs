using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;

namespace PartnershipBot.Tests.Crash;

/// <summary>The review answers a conversation stored, as the crash tests read them back.</summary>
internal static class InterviewAnswers
{
    public static async Task<Dictionary<string, string>> OfAsync(BotDbContext db, string conversationKey)
    {
        var collaboration = await db.Collaborations.SingleAsync(c => c.ConversationKey == conversationKey);
        return await db.Answers.Where(a => a.CollaborationId == collaboration.Id).ToDictionaryAsync(a => a.QuestionId, a => a.ValuesJson);
    }

    /// <summary>
    /// "new", title, partner, partner type, scope, countries: an answer applied twice or lost would shift the
    /// ones after it into the wrong question.
    /// </summary>
    public static async Task AssertEachAppliedOnceInOrderAsync(BotDbContext db, string conversationKey, string user)
    {
        var answers = await OfAsync(db, conversationKey);
        Assert.Equal("[\"Title " + user + "\"]", answers["title"]);
        Assert.Equal("[\"Partner " + user + "\"]", answers["partner"]);
        Assert.Equal("[\"patient_org\"]", answers["partner_type"]);
        Assert.Equal("[\"domestic\"]", answers["scope"]);
        Assert.Equal("[\"GB\"]", answers["countries"]);
    }
}
