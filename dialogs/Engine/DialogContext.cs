using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>What a dialog sees of the current turn and what it can do besides changing its own state.</summary>
public sealed class DialogContext
{
    private readonly List<Reply> replies = [];
    private readonly List<Effect> effects = [];
    private ConversationState values;
    private int promptsAsked;

    internal DialogContext(Turn turn, TurnInputs inputs, ImmutableSortedDictionary<string, JsonElement> values)
    {
        Turn = turn;
        Inputs = inputs;
        this.values = ConversationState.Empty with { Values = values };
        Today = TodayFor(turn);
        Culture = turn.Culture;
    }

    public Turn Turn { get; }

    public TurnInputs Inputs { get; }

    /// <summary>The user's date: the turn's timestamp in their time zone when it is a known id, else in UTC.</summary>
    public DateOnly Today { get; }

    /// <summary>
    /// The dialogs a card action that leaves the open question ended before its command ran (top last; empty
    /// otherwise), so a form can say what it took over instead of dropping the chat's question silently.
    /// </summary>
    internal ImmutableList<DialogFrame> LeftDialogs { get; set; } = [];

    /// <summary>The language and formats of this turn's replies, and how typed dates and numbers are read (see <see cref="Turn.Culture"/>).</summary>
    public CultureInfo Culture { get; }

    internal IReadOnlyList<Reply> Replies => replies;

    internal IReadOnlyList<Effect> Effects => effects;

    internal ImmutableSortedDictionary<string, JsonElement> Values => values.Values;

    public void Say(MarkdownText markdown)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(markdown);
        replies.Add(new TextReply(markdown));
    }

    public void Reply(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        replies.Add(reply);
    }

    /// <summary>Asks the host to apply a domain change when it saves this turn.</summary>
    public void Emit(Effect effect)
    {
        ArgumentNullException.ThrowIfNull(effect);
        effects.Add(effect);
    }

    /// <summary>
    /// A short token for a question asked in this turn: derived from the turn id and a counter, so the runner
    /// stays a pure function and every asking gets its own token. Ten lowercase hex digits (the channels carry it
    /// in card data and Slack block ids).
    /// </summary>
    /// <remarks>
    /// A token only tells one asking from another in the same conversation; nothing is secret in it, so a fast
    /// non-cryptographic hash does (SHA-256 through the OS library was a sixth of a turn in the bench profile).
    /// </remarks>
    internal string NewPromptToken()
    {
        // FNV-1a over the id's characters and the counter, then a SplitMix64 finish so every bit of the token
        // depends on every input bit.
        var hash = 14695981039346656037UL;
        foreach (var c in Turn.Id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        hash = (hash ^ (uint)++promptsAsked) * 1099511628211UL;
        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        hash ^= hash >> 31;
        return (hash >> 24).ToString("x10", CultureInfo.InvariantCulture);
    }

    public T? GetValue<T>(string key) => values.Get<T>(key);

    public bool TryGetValue<T>(string key, out T value) => values.TryGet(key, out value);

    public void SetValue<T>(string key, T value) => values = values.With(key, value);

    /// <summary>"Wednesday 31 March 2027": how the bot echoes a date back in English (<see cref="Texts.CultureFormat.LongDate"/> for a turn's culture).</summary>
    public static string FormatDate(DateOnly date) => Texts.CultureFormat.LongDate(date, Texts.Languages.English);

    private static DateOnly TodayFor(Turn turn)
    {
        var zoneId = turn.User.TimeZone;
        if (!string.IsNullOrWhiteSpace(zoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(turn.Timestamp, zone).DateTime);
        }

        return DateOnly.FromDateTime(turn.Timestamp.UtcDateTime);
    }
}
