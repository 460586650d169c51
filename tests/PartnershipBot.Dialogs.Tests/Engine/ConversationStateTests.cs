using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Engine;

public sealed class ConversationStateTests
{
    private sealed record Preferences(string Language, IReadOnlyList<int> Favourites, DateOnly Since);

    [Fact]
    public void ToJson_MidDialog_RoundTripsExactly()
    {
        var t = InterruptionTests.Chat().Send("profile").Send("Alex").Send("40");
        var json = t.StateJson!;

        Assert.True(ConversationState.TryFromJson(json, out var state));
        Assert.Equal(json, state.ToJson());

        var profile = state.Stack[^1];
        Assert.Equal((ProfileDialog.DialogId, 2, PromptIds.Confirm, 2), (profile.DialogId, profile.Step, profile.Prompt!.PromptId, profile.History.Count));
        Assert.Equal("Alex", profile.State.GetProperty("name").GetString());
    }

    [Fact]
    public void Values_TypedRecord_RoundTripsThroughJson()
    {
        var preferences = new Preferences("en", [3, 1], new DateOnly(2027, 3, 31));
        var state = ConversationState.Empty.With("prefs", preferences).With("count", 7);

        var loaded = ConversationState.FromJson(state.ToJson());

        Assert.Equal("en", loaded.Get<Preferences>("prefs")!.Language);
        Assert.Equal([3, 1], loaded.Get<Preferences>("prefs")!.Favourites);
        Assert.Equal(new DateOnly(2027, 3, 31), loaded.Get<Preferences>("prefs")!.Since);
        Assert.Equal(7, loaded.Get<int>("count"));
        Assert.Equal(state.ToJson(), loaded.ToJson());
    }

    [Fact]
    public void Values_MissingOrOtherType_NotFound()
    {
        var state = ConversationState.Empty.With("count", "seven");

        Assert.Null(state.Get<Preferences>("missing"));
        Assert.False(state.TryGet<int>("count", out _));
        Assert.Equal("seven", state.Get<string>("count"));
        Assert.Null(state.Without("count").Get<string>("count"));
    }

    [Fact]
    public void WithStackCleared_KeepsValuesDropsDialogs()
    {
        var state = ConversationState.FromJson(InterruptionTests.Chat().Send("profile").StateJson);
        Assert.NotEmpty(state.Stack);

        var cleared = state.WithStackCleared();

        Assert.Empty(cleared.Stack);
        Assert.True(cleared.Get<bool>("main.greeted"));
        new Transcript(InterruptionTests.Runner()) { StateJson = cleared.ToJson() }
            .Send("help").Expect("Here is what you can type");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryFromJson_NothingStored_IsEmptyConversation(string? json)
    {
        Assert.True(ConversationState.TryFromJson(json, out var state));
        Assert.Empty(state.Stack);
        Assert.False(state.WasRecovered);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("{")]
    [InlineData("{\"stack\":5}")]
    [InlineData("{\"values\":[]}")]
    [InlineData("{\"stack\":[{\"dialogId\":\"main\"}]}")]
    public void FromJson_Unreadable_NeverThrowsAndFlagsRecovery(string json)
    {
        Assert.False(ConversationState.TryFromJson(json, out var tried));
        var state = ConversationState.FromJson(json);

        Assert.True(tried.WasRecovered);
        Assert.True(state.WasRecovered);
        Assert.Empty(state.Stack);
        Assert.DoesNotContain("wasRecovered", state.ToJson(), StringComparison.OrdinalIgnoreCase);
    }
}
