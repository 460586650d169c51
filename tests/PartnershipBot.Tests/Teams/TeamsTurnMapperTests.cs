using System.Text.Json;
using PartnershipBot.Channels.Teams;
using PartnershipBot.Dialogs;
using PartnershipBot.Tests.Teams.Support;

namespace PartnershipBot.Tests.Teams;

public sealed class TeamsTurnMapperTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private static readonly DateTimeOffset Now = new(2025, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static Activity Fixture(string name) =>
        JsonSerializer.Deserialize<Activity>(Fixtures.Raw(name, ServiceUrl), TeamsJson.Options)!;

    [Fact]
    public void ToTurn_PersonalMessage_CarriesUserConversationTimeZoneAndText()
    {
        var turn = TeamsTurnMapper.ToTurn(Fixture("personal-message"), Now);

        Assert.Equal("new", turn.Text);
        Assert.Null(turn.Action);
        Assert.Equal(new ChannelUser("msteams", "29:1xYz-personal-user-id", "Dana Example", "Europe/London", "en-GB"), turn.User);
        Assert.Equal(new ConversationRef("msteams", "a:1personal-conversation-id", IsPersonal: true), turn.Conversation);
        Assert.Equal("1763630102330", turn.Id);
        Assert.Equal(new DateTimeOffset(2025, 11, 20, 9, 15, 2, 330, TimeSpan.Zero).AddTicks(1234), turn.Timestamp);
    }

    [Fact]
    public void ToTurn_ChannelMessageWithMention_StripsOnlyTheBotMention()
    {
        var activity = Fixture("channel-message-mention");
        activity.Text = "<at>PartnershipBot</at> checklist for <at>Sam</at>";
        activity.Entities!.Add(new Entity { Type = "mention", Text = "<at>Sam</at>", Mentioned = new ChannelAccount { Id = "29:someone-else" } });

        var turn = TeamsTurnMapper.ToTurn(activity, Now);

        Assert.Equal("checklist for <at>Sam</at>", turn.Text);
        Assert.False(turn.Conversation.IsPersonal);
    }

    [Fact]
    public void ToTurn_ActionSubmit_MapsValueToUserAction()
    {
        var turn = TeamsTurnMapper.ToTurn(Fixture("action-submit"), Now);

        Assert.Equal("", turn.Text);
        Assert.Equal(CardIds.Answer, turn.Action!.Id);
        Assert.Equal("patient-organisation", turn.Action[CardIds.Answer]);
        Assert.False(turn.Action.Values.ContainsKey("action"));
    }

    [Fact]
    public void ActionFromInvoke_ActionExecute_UsesVerbAndMergedInputs()
    {
        var action = TeamsTurnMapper.ActionFromInvoke(Fixture("action-execute-invoke").Value);

        Assert.Equal(CardIds.ChecklistSave, action!.Id);
        Assert.Equal("12", action["collaboration"]);
        Assert.Equal("true", action["item:agreement"]);
        Assert.Equal("false", action["item:disclosure"]);
    }

    [Theory]
    [InlineData("""{"answer":"x"}""")]
    [InlineData("""["answer"]""")]
    [InlineData("\"answer\"")]
    public void ActionFromValue_WithoutActionId_IsNull(string json)
    {
        Assert.Null(TeamsTurnMapper.ActionFromValue(JsonDocument.Parse(json).RootElement));
    }

    [Fact]
    public void ActionFromValue_BooleansAndNumbers_BecomeInvariantStrings()
    {
        var action = TeamsTurnMapper.ActionFromValue(JsonDocument.Parse("""{"action":"checklist.save","item:1":true,"count":3,"nested":{"x":1}}""").RootElement);

        Assert.Equal("true", action!["item:1"]);
        Assert.Equal("3", action["count"]);
        Assert.Null(action["nested"]);
    }

    [Fact]
    public void ToAddress_PersonalMessage_KeepsEverythingAProactiveMessageNeeds()
    {
        var address = TeamsTurnMapper.ToAddress(Fixture("personal-message"), Now);

        Assert.Equal("msteams", address.Channel);
        Assert.Equal(ServiceUrl, address.ServiceUrl);
        Assert.Equal("a:1personal-conversation-id", address.ConversationId);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", address.TenantId);
        Assert.Equal($"28:{TeamsBotFactory.AppId}", address.BotId);
        Assert.Equal("29:1xYz-personal-user-id", address.UserId);
        Assert.Equal("6f1a0c3e-5b7d-4c2a-9e8f-0a1b2c3d4e5f", address.AadObjectId);
        Assert.Equal("en-GB", address.Locale);
        Assert.Equal("Europe/London", address.TimeZone);
        Assert.Equal(Now, address.UpdatedAt);
    }

    [Fact]
    public void TenantId_OnlyInChannelData_IsFound()
    {
        var activity = Fixture("personal-message");
        activity.Conversation!.TenantId = null;

        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", TeamsTurnMapper.TenantId(activity));
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    public void TenantId_OfAnActivityFromAnotherChannel_IsNotBelieved(string channel)
    {
        // Outside Teams the client writes conversation.tenantId and channelData itself.
        var activity = Fixture("personal-message");
        activity.ChannelId = channel;

        Assert.Null(TeamsTurnMapper.TenantId(activity));
    }

    [Fact]
    public void TenantsDisagree_ConversationAndChannelDataNameOtherTenants_IsTrueOnlyWhenBothAreThereAndDiffer()
    {
        var agree = Fixture("personal-message");
        var differ = Fixture("personal-message");
        differ.Conversation!.TenantId = "0b0b0b0b-1111-2222-3333-444455556666";
        var onlyChannelData = Fixture("personal-message");
        onlyChannelData.Conversation!.TenantId = null;

        Assert.False(TeamsTurnMapper.TenantsDisagree(agree));
        Assert.True(TeamsTurnMapper.TenantsDisagree(differ));
        Assert.False(TeamsTurnMapper.TenantsDisagree(onlyChannelData));
    }

    [Fact]
    public void Deserialize_UnknownFields_AreKeptAndWrittenBack()
    {
        var activity = Fixture("personal-message");

        var json = JsonSerializer.Serialize(activity, TeamsJson.Options);

        Assert.Equal("Europe/London", activity.Extra!["localTimezone"].GetString());
        var written = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        Assert.Equal("2025-11-20T10:15:02.3301234+01:00", (string?)written["localTimestamp"]);
        Assert.Equal("GB", (string?)written["entities"]![0]!["country"]);
    }
}
