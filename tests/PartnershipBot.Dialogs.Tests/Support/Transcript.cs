using System.Text;
using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Dialogs.Tests.Support;

/// <summary>
/// Drives a <see cref="DialogRunner"/> like the host does, so tests read as conversations:
/// <c>new Transcript(runner).Send("help").Expect("Here is what you can type")</c>. Every turn loads the state
/// from the JSON saved by the previous turn (and checks it round-trips exactly), and the clock moves a minute.
/// </summary>
public sealed class Transcript(DialogRunner runner, ChannelUser? user = null, DateTimeOffset? start = null)
{
    /// <summary>Monday 1 March 2027, 09:00 UTC.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly StringBuilder log = new();
    private int turnNumber;

    public ChannelUser User { get; } = user ?? new ChannelUser("console", "u1", "Alex");

    public DateTimeOffset Now { get; private set; } = start ?? DefaultStart;

    private string? stateJson;
    private bool stateFromTest;

    /// <summary>The stored state, as the host keeps it. Set it to simulate old or damaged rows.</summary>
    public string? StateJson
    {
        get => stateJson;
        set
        {
            stateJson = value;
            stateFromTest = true;
        }
    }

    public ConversationState State => ConversationState.FromJson(StateJson);

    public TurnInputs Inputs { get; set; } = TurnInputs.Empty;

    /// <summary>Plays the host after each turn: applies the effects and returns the next turn's inputs.</summary>
    public Func<IReadOnlyList<Effect>, TurnInputs>? Host { get; set; }

    public IReadOnlyList<Reply> Replies { get; private set; } = [];

    public IReadOnlyList<Effect> Effects { get; private set; } = [];

    public Transcript Send(string text) => Run(text, null);

    /// <summary>The newest question card shown so far (choices or date), the one a user would click.</summary>
    public Reply? LastPromptCard { get; private set; }

    /// <summary>A button or picker answer on the newest question card: UserAction("answer", {"answer": value, "prompt": its token}).</summary>
    public Transcript Click(string value) => ClickOn(LastPromptCard, value);

    /// <summary>A click on a given (possibly older) question card: carries that card's token, as the channels do.</summary>
    public Transcript ClickOn(Reply? card, string value)
    {
        var values = new Dictionary<string, string> { [CardIds.Answer] = value };
        if (card switch { ChoicesReply c => c.PromptToken, DatePromptReply d => d.PromptToken, _ => null } is { } token)
        {
            values[CardIds.Prompt] = token;
        }

        return Run("", new UserAction(CardIds.Answer, values));
    }

    public Transcript Submit(string actionId, IReadOnlyDictionary<string, string>? values = null) =>
        Run("", new UserAction(actionId, values ?? new Dictionary<string, string>()));

    /// <summary>The replies of the last turn, in order: each contains its fragment, and there are no others.</summary>
    public Transcript Expect(params string[] fragments)
    {
        // The card a click came from turning into its answer is an update in place, not a new message.
        var texts = Replies.Where(r => !IsAnsweredCard(r)).Select(Describe).ToList();
        var ok = texts.Count == fragments.Length && texts.Zip(fragments).All(p => p.First.Contains(p.Second, StringComparison.Ordinal));
        Assert.True(ok, $"Expected replies containing:\n  {string.Join("\n  ", fragments)}\n\nTranscript so far:\n{log}");
        return this;
    }

    /// <summary>The last turn's replies include a choices reply with exactly these titles.</summary>
    public Transcript ExpectChoices(params string[] titles)
    {
        var choices = Replies.OfType<ChoicesReply>().LastOrDefault();
        Assert.True(choices is not null, $"Expected a choices reply.\n\nTranscript so far:\n{log}");
        Assert.Equal(titles, choices.Choices.Select(c => c.Title));
        return this;
    }

    public Transcript ExpectStackEmpty()
    {
        Assert.True(State.Stack.IsEmpty, $"Expected no open dialog, found {string.Join(" > ", State.Stack.Select(f => f.DialogId))}.\n\n{log}");
        return this;
    }

    /// <summary>A question card replaced by the question and its answer (or "Skipped", "Cancelled"): an update, not a message.</summary>
    public static bool IsAnsweredCard(Reply reply) =>
        reply is CardReply { ReplacesPrompt: not null }
        || (reply is CardReply { ReplacesOriginal: true, Card.Key: { } key } && key.StartsWith("answered:", StringComparison.Ordinal));

    public static string Describe(Reply reply) => reply switch
    {
        TextReply t => t.Text,
        ChoicesReply c => $"{c.Prompt} [{string.Join(" | ", c.Choices.Select(x => x.Title))}]{(c.MultiSelect ? " (several)" : "")}",
        DatePromptReply d => $"{d.Prompt} [date{(d.Suggested is { } s ? " " + s.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "")}]",
        // Section lines quote obligation titles (user text, escaped); the transcript reads them as shown.
        CardReply card => $"{card.Card.Title}: {card.Card.Text}" + string.Concat(card.Card.Sections.Select(x => $"\n## {x.Heading}\n{Markdown.Unescape(x.Text ?? "")}")),
        _ => reply.ToString()!,
    };

    private Transcript Run(string text, UserAction? action)
    {
        // What the runner saved must load in full and write back byte for byte; only a test may plant bad rows.
        var loaded = ConversationState.TryFromJson(stateJson, out var state);
        Assert.True(loaded || stateFromTest, $"The saved state did not load:\n{stateJson}\n\n{log}");
        if (loaded && stateJson is not null)
        {
            Assert.Equal(stateJson, state.ToJson());
        }

        Now = Now.AddMinutes(1);
        var turn = new Turn
        {
            Id = $"turn-{++turnNumber}",
            User = User,
            Conversation = new ConversationRef(User.Channel, "c1"),
            Text = text,
            Action = action,
            Timestamp = Now,
        };

        var result = runner.Run(turn, state, Inputs);
        stateJson = result.State.ToJson();
        stateFromTest = false;
        Replies = result.Replies;
        LastPromptCard = Replies.LastOrDefault(r => r is ChoicesReply or DatePromptReply) ?? LastPromptCard;
        Effects = result.Effects;
        if (Host is not null)
        {
            Inputs = Host(result.Effects);
        }

        log.AppendLine(action is null ? $"> {text}" : $"> [{action.Id}: {string.Join(", ", action.Values.Select(v => $"{v.Key}={v.Value}"))}]");
        foreach (var reply in Replies)
        {
            log.AppendLine(IsAnsweredCard(reply) ? $"<~ (card updated) {Describe(reply)}" : $"< {Describe(reply)}");
        }

        return this;
    }
}
