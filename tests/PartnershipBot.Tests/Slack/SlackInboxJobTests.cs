using PartnershipBot.Channels.Slack;
using PartnershipBot.Dialogs;

namespace PartnershipBot.Tests.Slack;

/// <summary>Inbox jobs as stored: every kind reads back as its own type, rows stored by the release before still read, an unknown kind is refused.</summary>
public sealed class SlackInboxJobTests
{
    [Fact]
    public void EveryKind_WrittenThenRead_ComesBackAsItself()
    {
        var input = new SlackTurnInput("T1", "U1", new ConversationRef("slack", "T1:D1"), "slack-evt-1") { Text = "status" };
        SlackInboxJob[] jobs =
        [
            SlackInboxJob.Turn(input, SlackReplyTarget.ToChannel("D1")),
            new StartNewJob { Input = input, ResponseUrl = new Uri("https://hooks.slack.com/commands/1") },
            new AnswerMentionJob { Channel = "C1", ThreadTs = "1700000000.000100", AppId = "A1", TeamId = "T1" },
            new NoticeJob { ResponseUrl = new Uri("https://hooks.slack.com/actions/1"), Text = "Sorry." },
        ];

        foreach (var job in jobs)
        {
            var read = SlackInbox.Read(SlackInbox.WriteJob(job));
            Assert.NotNull(read);
            Assert.Equal(job.GetType(), read.GetType());
        }
    }

    [Fact]
    public void MentionStoredByThePreviousRelease_ReadsAsAMention()
    {
        const string stored = """{"work":"mention","input":null,"target":null,"responseUrl":null,"channel":"C1","threadTs":"1700000000.000100","appId":"A1","teamId":"T1","text":null}""";

        var job = Assert.IsType<AnswerMentionJob>(SlackInbox.Read(stored));

        Assert.Equal(("C1", "1700000000.000100", "T1"), (job.Channel, job.ThreadTs, job.TeamId));
    }

    [Theory]
    [InlineData("""{"work":"dance","channel":"C1"}""")]
    [InlineData("""{"channel":"C1"}""")]
    [InlineData("""{"work":"notice","text":"no response url"}""")]
    [InlineData("not json")]
    public void UnknownOrIncompleteJob_IsRefused(string stored) => Assert.Null(SlackInbox.Read(stored));
}
