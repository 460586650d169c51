using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Dialogs;
using PartnershipBot.Partnerships;
using PartnershipBot.Reminders;
using PartnershipBot.Tests.Reminders.Support;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.People;

/// <summary>
/// One person across Teams and Slack, through the real turn pipeline on a real database (SQLite here; PostgreSQL in
/// LinkedAccountsOnPostgreSqlTests): Dana asks for a code in Teams and types it in Slack; wrong, expired, reused and
/// own codes are refused, an account linked elsewhere must unlink first, and reminders follow the person, once.
/// </summary>
public partial class LinkedAccountsTests : IAsyncLifetime
{
    protected const string DanaTeams = "29:dana";
    protected const string DanaSlack = "T0TEAM001:U0DANA";
    protected const string EveSlack = "T0TEAM001:U0EVE";
    protected const string ErinTeams = "29:erin";

    private readonly RecordingReminderChannel teams = new(ChannelIds.Teams);
    private readonly RecordingReminderChannel slack = new(ChannelIds.Slack);

    public LinkedAccountsTests()
        : this(new TempDatabase())
    {
    }

    protected LinkedAccountsTests(TempDatabase database) => Database = database;

    protected TempDatabase Database { get; }

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 1, 4, 8, 0, 0, TimeSpan.Zero));

    protected BotServices Bot { get; private set; } = null!;

    public async Task InitializeAsync() => Bot = await StartAsync();

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        Database.Dispose();
    }

    protected Task<BotServices> StartAsync() => BotServices.StartAsync(Database, services =>
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ReminderMessages>();
        services.AddSingleton<ReminderDeliveryLedger>();
        services.AddSingleton<ReminderDispatcher>();
        services.AddSingleton<IReminderChannel>(teams);
        services.AddSingleton<IReminderChannel>(slack);
    });

    [Fact]
    public async Task LinkInTeams_CodeTypedInSlack_OnePerson_BothSeeTheSameCollaborations()
    {
        await SayAsync(ChannelIds.Teams, DanaTeams, "new\nAsthma school toolkit");

        var code = CodeIn(await SayAsync(ChannelIds.Teams, DanaTeams, "link"));
        var linked = await SayAsync(ChannelIds.Slack, DanaSlack, $"link {code}");

        Assert.Contains("Linked: this Slack account and your Teams account are now one person.", linked, StringComparison.Ordinal);
        Assert.Contains("1. **Asthma school toolkit**", await SayAsync(ChannelIds.Slack, DanaSlack, "list"), StringComparison.Ordinal);
        await using var db = await Database.CreateContextAsync();
        var accounts = await db.PersonAccounts.OrderBy(a => a.Channel).ToListAsync();
        Assert.Equal([(ChannelIds.Teams, DanaTeams), (ChannelIds.Slack, DanaSlack)], accounts.Select(a => (a.Channel, a.UserId)));
        Assert.Single(accounts.Select(a => a.PersonId).Distinct());
        var events = await db.LinkEvents.OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([("link.created", $"msteams:{DanaTeams}", null), ("link.joined", $"slack:{DanaSlack}", $"msteams:{DanaTeams}")], events.Select(e => (e.Action, e.ActorId, e.OtherId)));

        // Only the hash is kept: the code itself is nowhere in the database's link tables or the logs.
        Assert.DoesNotContain(await db.LinkCodes.Select(c => c.CodeHash).ToListAsync(), h => h.Contains(code.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Bot.Logs.Lines, l => l.Message.Contains(code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DraftStartedInTeams_CarriedOnInSlack_TheSlackAnswersAreSaved()
    {
        await SayAsync(ChannelIds.Teams, DanaTeams, "new\nAsthma school toolkit");
        await LinkAsync(DanaTeams, DanaSlack);

        var carried = await SayAsync(ChannelIds.Slack, DanaSlack, "open 1\nnew");
        await SayAsync(ChannelIds.Slack, DanaSlack, "Breathe Easy UK");

        Assert.Contains("Asthma school toolkit", carried, StringComparison.Ordinal);
        await using var db = await Database.CreateContextAsync();
        var collaboration = await db.Collaborations.SingleAsync();
        Assert.Equal((ChannelIds.Teams, DanaTeams), (collaboration.CreatedByChannel, collaboration.CreatedByUserId));
        Assert.Contains(await db.Answers.Where(a => a.CollaborationId == collaboration.Id).ToListAsync(), a => a.ValuesJson.Contains("Breathe Easy UK", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WrongExpiredReusedAndOwnCodes_AreRefusedWithASentence_AndLinkNothing()
    {
        var wrong = await SayAsync(ChannelIds.Slack, DanaSlack, "link ABCD-EFGH");
        Assert.Contains("That is not a code I gave out.", wrong, StringComparison.Ordinal);
        Assert.Contains("That is not a code I gave out.", await SayAsync(ChannelIds.Slack, DanaSlack, "link <b>not a code</b>"), StringComparison.Ordinal);

        var code = CodeIn(await SayAsync(ChannelIds.Teams, DanaTeams, "link"));
        Assert.Contains("That code is for your other account", await SayAsync(ChannelIds.Teams, DanaTeams, $"link {code}"), StringComparison.Ordinal);
        Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        Assert.Contains("That code has expired: codes last 10 minutes.", await SayAsync(ChannelIds.Slack, DanaSlack, $"link {code}"), StringComparison.Ordinal);

        var fresh = CodeIn(await SayAsync(ChannelIds.Teams, DanaTeams, "link"));
        Assert.Contains("Linked:", await SayAsync(ChannelIds.Slack, DanaSlack, $"link {fresh.ToLowerInvariant()}"), StringComparison.Ordinal);
        Assert.Contains("That code was already used; a code works once.", await SayAsync(ChannelIds.Slack, EveSlack, $"link {fresh}"), StringComparison.Ordinal);

        await using var db = await Database.CreateContextAsync();
        Assert.Equal(2, await db.PersonAccounts.CountAsync());
        Assert.False(await db.PersonAccounts.AnyAsync(a => a.UserId == EveSlack));
    }

    [Fact]
    public async Task AccountAlreadyLinkedToAnotherPerson_IsToldToUnlinkFirst_ThenCanLink()
    {
        await LinkAsync(DanaTeams, DanaSlack);
        var erins = CodeIn(await SayAsync(ChannelIds.Teams, ErinTeams, "link"));

        var refused = await SayAsync(ChannelIds.Slack, DanaSlack, $"link {erins}");
        Assert.Contains("This account is already linked to another person's accounts. Type **unlink** here first", refused, StringComparison.Ordinal);

        // Erin's code still works after the refusal: a refusal spends nothing.
        var unlinked = await SayAsync(ChannelIds.Slack, DanaSlack, "unlink");
        Assert.Contains("Unlinked: this Slack account is on its own again. The collaborations you created here stay with it; those created in Teams stay there.", unlinked, StringComparison.Ordinal);
        Assert.Contains("Linked:", await SayAsync(ChannelIds.Slack, DanaSlack, $"link {erins}"), StringComparison.Ordinal);

        await using var db = await Database.CreateContextAsync();
        Assert.Equal([(ChannelIds.Teams, ErinTeams), (ChannelIds.Slack, DanaSlack)], (await db.PersonAccounts.OrderBy(a => a.Channel).ToListAsync()).Select(a => (a.Channel, a.UserId)));
        // Dana's Teams account was left alone: its person dissolved, it is its own person again.
        Assert.Equal(1, await db.People.CountAsync());
        Assert.Contains(await db.LinkEvents.ToListAsync(), e => e.Action == "link.removed" && e.ActorId == $"slack:{DanaSlack}");
    }

    [Fact]
    public async Task SameChannelCode_AndOtherAccountOfThatChannelLinked_AreRefused()
    {
        var erins = CodeIn(await SayAsync(ChannelIds.Teams, ErinTeams, "link"));
        Assert.Contains("That code comes from another Teams account.", await SayAsync(ChannelIds.Teams, DanaTeams, $"link {erins}"), StringComparison.Ordinal);

        await LinkAsync(DanaTeams, DanaSlack);
        var danas = CodeIn(await SayAsync(ChannelIds.Teams, DanaTeams, "link"));
        Assert.Contains("already linked to another Slack account", await SayAsync(ChannelIds.Slack, EveSlack, $"link {danas}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiveCodesAnHour_TheSixthIsRefused_AnHourLaterAgain()
    {
        for (var i = 0; i < 5; i++)
        {
            CodeIn(await SayAsync(ChannelIds.Teams, DanaTeams, "link"));
        }

        Assert.Contains("You asked for 5 link codes in the last hour, which is the limit.", await SayAsync(ChannelIds.Teams, DanaTeams, "link"), StringComparison.Ordinal);
        Clock.Advance(TimeSpan.FromHours(1));
        CodeIn(await SayAsync(ChannelIds.Teams, DanaTeams, "link"));
    }

    [Fact]
    public async Task LinkInAGroupConversation_IsRefused()
    {
        var turn = TestTurns.Message("link", DanaTeams, ChannelIds.Teams, conversationId: "19:team-channel") with
        {
            Conversation = new ConversationRef(ChannelIds.Teams, "19:team-channel", IsPersonal: false),
        };
        var replies = await Bot.Get<ITurnProcessor>().ProcessAsync(turn, new RecordingSender(), CancellationToken.None);
        Assert.Contains("Linking works in a private chat with me only", Text(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReminderOfATeamsCollaboration_FollowsThePerson_ToTheChosenChannel_Once()
    {
        await ReminderSeed.SubmitAsync(Bot.Services, Clock.GetUtcNow(), channel: ChannelIds.Teams, owner: DanaTeams);
        await LinkAsync(DanaTeams, DanaSlack);
        Assert.Contains("Reminders now come to you in Slack, once each.", await SayAsync(ChannelIds.Teams, DanaTeams, "reminders in slack"), StringComparison.Ordinal);

        Clock.Advance(TimeSpan.FromDays(400));
        var sent = await SweepAsync();
        await SweepAsync();

        Assert.True(sent > 0);
        Assert.Empty(teams.Sent);
        Assert.All(slack.Sent, s => Assert.Equal(DanaSlack, s.To));
        Assert.Equal(sent, slack.Sent.Count);
        await using var db = await Database.CreateContextAsync();
        // One delivery record per reminder, whichever account it went to.
        var deliveries = await db.ReminderDeliveries.Select(d => d.Key).ToListAsync();
        Assert.Equal(deliveries.Count, deliveries.Distinct().Count());
        Assert.Equal(sent, deliveries.Count);
    }

    [Fact]
    public async Task WithoutAChoice_TheReminderGoesWhereThePersonTalkedLast()
    {
        await ReminderSeed.SubmitAsync(Bot.Services, Clock.GetUtcNow(), channel: ChannelIds.Teams, owner: DanaTeams);
        await LinkAsync(DanaTeams, DanaSlack);
        var addresses = Bot.Get<IConversationAddressStore>();
        await addresses.UpsertAsync(new ConversationAddress { Channel = ChannelIds.Teams, UserId = DanaTeams, ConversationId = "a:1", UpdatedAt = Clock.GetUtcNow() }, CancellationToken.None);
        await addresses.UpsertAsync(new ConversationAddress { Channel = ChannelIds.Slack, UserId = DanaSlack, ConversationId = "D0DANA", UpdatedAt = Clock.GetUtcNow().AddMinutes(5) }, CancellationToken.None);
        Assert.Contains("This account is not linked to any other.", await SayAsync(ChannelIds.Teams, ErinTeams, "unlink"), StringComparison.Ordinal);

        Clock.Advance(TimeSpan.FromDays(400));
        var sent = await SweepAsync();

        Assert.True(sent > 0);
        Assert.Empty(teams.Sent);
        Assert.Equal(sent, slack.Sent.Count);
    }

    protected async Task LinkAsync(string teamsUser, string slackUser)
    {
        var code = CodeIn(await SayAsync(ChannelIds.Teams, teamsUser, "link"));
        Assert.Contains("Linked:", await SayAsync(ChannelIds.Slack, slackUser, $"link {code}"), StringComparison.Ordinal);
    }

    protected Task<int> SweepAsync() => Bot.Get<ReminderDispatcher>().RunDueAsync(null, CancellationToken.None);

    /// <summary>Types each line as the user in their private chat; returns the replies' text.</summary>
    protected async Task<string> SayAsync(string channel, string user, string lines)
    {
        var processor = Bot.Get<ITurnProcessor>();
        var all = new List<string>();
        foreach (var line in lines.Split('\n'))
        {
            var turn = TestTurns.Message(line, user, channel) with { Timestamp = Clock.GetUtcNow() };
            all.Add(Text(await processor.ProcessAsync(turn, new RecordingSender(), CancellationToken.None)));
        }

        return string.Join("\n", all);
    }

    protected static string Text(IReadOnlyList<Reply> replies) => string.Join("\n", replies.Select(r => r switch
    {
        TextReply t => t.Text,
        CardReply c => string.Join("\n", [c.Card.Title, c.Card.Text, .. c.Card.Sections.Select(x => $"{x.Heading}\n{x.Text}")]),
        _ => "",
    }));

    /// <summary>The code a `link` reply gave (markdown may escape its dash).</summary>
    protected static string CodeIn(string reply)
    {
        var match = CodePattern().Match(reply);
        Assert.True(match.Success, reply);
        return $"{match.Groups[1].Value}-{match.Groups[2].Value}";
    }

    [GeneratedRegex(@"\*\*([A-Z2-9]{4})\\?-([A-Z2-9]{4})\*\*")]
    private static partial Regex CodePattern();
}
