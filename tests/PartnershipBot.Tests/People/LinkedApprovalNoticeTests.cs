using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Approvals;
using PartnershipBot.Dialogs;
using PartnershipBot.Tests.Approvals;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.People;

/// <summary>A compliance decision's notice follows the person, as reminders do: to the linked account in the channel they chose.</summary>
public sealed class LinkedApprovalNoticeTests : IDisposable
{
    private const string DanaSlack = "T0TEAM001:U0DANA";
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task DecisionNotice_GoesToTheLinkedSlackAccountChosenForMessages()
    {
        await using var s = await ApprovalScenario.StartAsync(database, services: x => x.AddSingleton<IApprovalChannel>(new RecordingApprovalChannel(ChannelIds.Slack)));
        var code = System.Text.RegularExpressions.Regex.Match(await s.DanaAsync("link\n"), @"link code is ([A-Z2-9]{4})-([A-Z2-9]{4})");
        Assert.True(code.Success);
        Assert.Contains("Linked:", await SlackAsync(s, $"link {code.Groups[1].Value}-{code.Groups[2].Value}"), StringComparison.Ordinal);
        Assert.Contains("Slack", await SlackAsync(s, "reminders in slack"), StringComparison.Ordinal);
        await s.DanaAsync(ApprovalScenario.Review);
        var id = await s.CollaborationIdAsync();

        await s.Approvals.DecideAsync(id, 1, ApprovalDecision.RequestChanges, ApprovalScenario.Ada, "Name the steering group", CancellationToken.None);

        await using var db = await s.ContextAsync();
        var notice = await db.ApprovalOutbox.SingleAsync(m => m.Kind == ApprovalMessageKinds.DecisionNotice);
        Assert.Equal((ChannelIds.Slack, DanaSlack), (notice.Channel, notice.RecipientId));
        var collaboration = await db.Collaborations.SingleAsync();
        Assert.Equal((ChannelIds.Console, "dana"), (collaboration.CreatedByChannel, collaboration.CreatedByUserId));
    }

    private static async Task<string> SlackAsync(ApprovalScenario s, string text)
    {
        var turn = TestTurns.Message(text, DanaSlack, ChannelIds.Slack) with { Timestamp = s.Clock.GetUtcNow() };
        var replies = await s.Bot.Get<ITurnProcessor>().ProcessAsync(turn, new RecordingSender(), CancellationToken.None);
        return string.Join("\n", replies.OfType<TextReply>().Select(r => r.Text));
    }
}
