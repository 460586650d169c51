using System.Text.Json;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Engine;

/// <summary>
/// The runner keeps dialog states as records between turns and makes JSON only when the host saves. A host that
/// keeps the state in memory and one that saves and loads it between every turn must see the same conversation.
/// </summary>
public sealed class StateCarryTests
{
    private static readonly GuidancePack Pack = GuidancePack.LoadDefault();

    // The review interview with a click, a retry, back, restart, change and submit, so frames, loops (a dialog
    // replacing itself), history and values all carry across turns.
    private static readonly (string Text, string? Click)[] Script =
    [
        ("hi", null), ("new", null), ("Asthma school toolkit", null), ("Breathe Easy UK", null), ("1", null),
        (null!, "domestic"), ("UK", null), ("back", null), ("UK", null), ("UK", null), ("2027-05-01", null), ("someday", null),
        ("30 April 2028", null), ("yes", null), ("grant", null), ("25000", null), ("GBP", null), ("help", null),
        ("one payment", null), ("2027-03-15", null), ("local", null), ("Children with asthma miss fewer school days", null), ("yes", null),
        ("patient experts and HCPs", null), ("1, 3", null), ("A steering group with two parents", null), ("quarterly", null),
        ("drafted", null), ("both", null), ("yes", null), ("A joint poster at the national asthma conference", null),
        ("change 2", null), ("Asthma + Lung Kids", null), ("submit", null), ("quiz", null), ("1", null), ("restart", null),
        ("2", null), ("cancel", null), ("new", null), ("Second one", null), ("cancel", null),
    ];

    [Fact]
    public void Run_StateSavedBetweenEveryTurn_SameRepliesAndStateAsKeptInMemory()
    {
        var inMemory = Play(saveBetweenTurns: false);
        var saved = Play(saveBetweenTurns: true);

        Assert.Equal(Script.Length, inMemory.Count);
        Assert.Contains(inMemory, t => t.Replies.Contains("Submitted", StringComparison.Ordinal));
        Assert.Contains(inMemory, t => t.Replies.Contains("back to the previous question", StringComparison.Ordinal));
        for (var i = 0; i < Script.Length; i++)
        {
            Assert.True(inMemory[i] == saved[i], $"Turn {i + 1} ({Script[i].Text ?? Script[i].Click}) differs:\nin memory: {inMemory[i]}\nsaved:     {saved[i]}");
        }
    }

    [Fact]
    public void ToJson_MidInterview_SameTextAsTheReflectionSerializer()
    {
        var state = ConversationState.Empty;
        var runner = BotDialogs.CreateRunner(b => b.AddPartnerships(Pack));
        var host = new WorkspaceHost();
        var inputs = host.Apply([]);
        for (var i = 0; i < 12; i++)
        {
            var result = runner.Run(TurnAt(i), state, inputs);
            inputs = host.Apply(result.Effects);
            state = result.State;

            // The one-pass writer must stay the envelope the serializer writes (and FromJson reads).
            Assert.Equal(JsonSerializer.Serialize(state, EngineJson.Options), state.ToJson());
        }

        Assert.NotEmpty(state.Stack[^1].History);
    }

    [Fact]
    public void ToJson_LoadedWithHistory_SameTextAsBeforeLoading()
    {
        var state = MidInterview(12);
        var json = state.ToJson();

        var loaded = ConversationState.FromJson(json);

        // History entries go back out as the JSON they were read from, through both writers, again and again.
        Assert.Equal(json, loaded.ToJson());
        Assert.Equal(json, loaded.ToJson());
        Assert.Equal(json, JsonSerializer.Serialize(loaded, EngineJson.Options));
        var history = state.Stack[^1].History;
        var loadedHistory = loaded.Stack[^1].History;
        Assert.True(history.Count > 5);
        for (var i = 0; i < history.Count; i++)
        {
            // The review asks again from the state (`back`), so its history is saved without the questions.
            Assert.Equal(history[i].Step, loadedHistory[i].Step);
            Assert.NotNull(history[i].Prompt);
            Assert.Null(loadedHistory[i].Prompt);
            Assert.Equal(JsonSerializer.Serialize(history[i], EngineJson.Options), JsonSerializer.Serialize(loadedHistory[i], EngineJson.Options));
            Assert.Equal(history[i].State.GetRawText(), loadedHistory[i].State.GetRawText());
        }
    }

    [Fact]
    public void ToJson_LoadedEntryChangedWithWith_WritesTheChange()
    {
        var loaded = ConversationState.FromJson(MidInterview(12).ToJson());
        var frame = loaded.Stack[^1];
        var changed = frame.History[^1] with { Step = 99 };

        var json = (loaded with { Stack = loaded.Stack.SetItem(loaded.Stack.Count - 1, frame with { History = frame.History.SetItem(frame.History.Count - 1, changed) }) }).ToJson();

        Assert.Contains("{\"step\":99,", json, StringComparison.Ordinal);
        Assert.Equal(99, ConversationState.FromJson(json).Stack[^1].History[^1].Step);
    }

    [Fact]
    public void FromJson_HistoryEntryInAnotherShape_ReadsAsBeforeAndWritesTheEngineShape()
    {
        var json = MidInterview(12).ToJson();
        var stack = JsonDocument.Parse(json).RootElement.GetProperty("stack");
        var entry = stack[stack.GetArrayLength() - 1].GetProperty("history")[0];
        var step = entry.GetProperty("step").GetInt32();
        var reshaped = $"{{\"Asked\":{entry.GetProperty("asked").GetRawText()},\"STATE\":{entry.GetProperty("state").GetRawText()},\"step\":\"{step}\",\"extra\":1}}";
        var edited = json.Replace(entry.GetRawText(), reshaped, StringComparison.Ordinal);
        Assert.NotEqual(json, edited);

        Assert.True(ConversationState.TryFromJson(edited, out var loaded));

        Assert.Equal(json, loaded.ToJson());
    }

    [Theory]
    [InlineData("{\"step\":1,\"state\":{}}")]
    [InlineData("{\"step\":\"one\",\"state\":{},\"prompt\":{\"promptId\":\"text\",\"options\":{\"text\":\"Q\"}}}")]
    [InlineData("5")]
    public void TryFromJson_UnreadableHistoryEntry_SalvagesTheFramesBelow(string entry)
    {
        var json = "{\"stack\":[{\"dialogId\":\"main\",\"version\":1,\"step\":0,\"state\":{},\"initialState\":{},\"history\":[" + entry + "]}],\"values\":{\"k\":1}}";

        Assert.False(ConversationState.TryFromJson(json, out var state));

        Assert.True(state.WasRecovered);
        Assert.Empty(state.Stack);
        Assert.Equal(1, state.Get<int>("k"));
    }

    private static ConversationState MidInterview(int turns)
    {
        var state = ConversationState.Empty;
        var runner = BotDialogs.CreateRunner(b => b.AddPartnerships(Pack));
        var host = new WorkspaceHost();
        var inputs = host.Apply([]);
        for (var i = 0; i < turns; i++)
        {
            var result = runner.Run(TurnAt(i), state, inputs);
            inputs = host.Apply(result.Effects);
            state = result.State;
        }

        return state;
    }

    private static List<TurnRecord> Play(bool saveBetweenTurns)
    {
        var runner = BotDialogs.CreateRunner(b => b.AddPartnerships(Pack));
        var host = new WorkspaceHost();
        var inputs = host.Apply([]);
        var state = ConversationState.Empty;
        var turns = new List<TurnRecord>();
        string? token = null;
        for (var i = 0; i < Script.Length; i++)
        {
            if (saveBetweenTurns)
            {
                Assert.True(ConversationState.TryFromJson(state.ToJson(), out state));
            }

            var result = runner.Run(TurnAt(i, token), state, inputs);
            inputs = host.Apply(result.Effects);
            state = result.State;
            token = result.Replies.Select(r => r switch { ChoicesReply c => c.PromptToken, DatePromptReply d => d.PromptToken, _ => null }).LastOrDefault(t => t is not null) ?? token;
            turns.Add(new TurnRecord(
                string.Join("\n", result.Replies.Select(r => JsonSerializer.Serialize(r, r.GetType(), EngineJson.Options))),
                string.Join("\n", result.Effects.Select(e => JsonSerializer.Serialize(e, e.GetType(), EngineJson.Options))),
                state.ToJson()));
        }

        return turns;
    }

    /// <summary>A click carries the token of the newest question card, as the channels send it.</summary>
    private static Turn TurnAt(int i, string? token = null)
    {
        var user = new ChannelUser("console", "u1", "Alex");
        var (text, click) = Script[i];
        return new Turn
        {
            Id = $"turn-{i}",
            User = user,
            Conversation = new ConversationRef(user.Channel, "c1"),
            Text = text ?? "",
            Action = click is null ? null : new UserAction(CardIds.Answer, new Dictionary<string, string> { [CardIds.Answer] = click, [CardIds.Prompt] = token ?? "" }),
            Timestamp = Transcript.DefaultStart.AddMinutes(i),
        };
    }

    private sealed record TurnRecord(string Replies, string Effects, string StateJson);
}
