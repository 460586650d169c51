using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Channels.Teams;
using PartnershipBot.Dialogs;
using PartnershipBot.Reminders;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Reminders;

/// <summary>A collaboration title and an owner name typed to ping or phish the compliance channel stay plain text.</summary>
public sealed class EscalationMarkupTests
{
    private const string HostileTitle = "<!channel> [Approve here](https://evil.example/login) **urgent** <at>Compliance</at>";
    private const string HostileOwner = "<@U0ADMIN01> _boss_";

    [Fact]
    public void ForCompliance_HostileTitleAndOwner_RenderAsTextInSlackAndTeams()
    {
        using var bot = new BotFactory();
        var messages = bot.Services.GetRequiredService<ReminderMessages>();
        var obligation = new ObligationRow
        {
            Key = "written_agreement", Kind = "agreement", Title = "Written agreement", SourceId = "abpi-2024", Status = "open",
            OwnerChannel = ChannelIds.Slack, OwnerUserId = "T0TEAM001:U0USER001", OwnerName = HostileOwner, Due = new DateOnly(2027, 1, 4),
        };

        var replies = messages.ForCompliance(obligation, HostileTitle, ownerUnreachable: true, new DateOnly(2027, 2, 1));

        var slack = bot.Services.GetRequiredService<SlackBlockKitRenderer>();
        var rendered = SlackMessage.Combine([.. replies.Select(r => slack.Render(r, Dialogs.Texts.Languages.English))]);
        var everything = rendered.Text + rendered.Blocks.ToJsonString();
        Assert.DoesNotContain("<!channel>", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("<https://evil.example", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("<@U0ADMIN01>", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("*urgent*", everything, StringComparison.Ordinal);
        Assert.Contains("Approve here", rendered.Text, StringComparison.Ordinal);

        var teams = TeamsActivityRenderer.Render(replies[0], Dialogs.Texts.Languages.English).Text!;
        Assert.Contains(@"\[Approve here\]\(https://evil.example/login\)", teams, StringComparison.Ordinal);
        Assert.Contains(@"\<at\>Compliance\</at\>", teams, StringComparison.Ordinal);
        Assert.Contains(@"\*\*urgent\*\*", teams, StringComparison.Ordinal);
        Assert.Contains(@"\<@U0ADMIN01\> \_boss\_", teams, StringComparison.Ordinal);
    }
}
