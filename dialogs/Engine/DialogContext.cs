using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
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
    }

    public Turn Turn { get; }

    public TurnInputs Inputs { get; }

    /// <summary>The user's date: the turn's timestamp in their time zone when it is a known id, else in UTC.</summary>
    public DateOnly Today { get; }

    internal IReadOnlyList<Reply> Replies => replies;

    internal IReadOnlyList<Effect> Effects => effects;

    internal ImmutableSortedDictionary<string, JsonElement> Values => values.Values;

    public void Say(string markdown)
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
    /// stays a pure function and every asking gets its own token.
    /// </summary>
    internal string NewPromptToken()
    {
        var seed = Encoding.UTF8.GetBytes($"{Turn.Id}/{++promptsAsked}");
        return Convert.ToHexStringLower(SHA256.HashData(seed))[..10];
    }

    public T? GetValue<T>(string key) => values.Get<T>(key);

    public bool TryGetValue<T>(string key, out T value) => values.TryGet(key, out value);

    public void SetValue<T>(string key, T value) => values = values.With(key, value);

    public void RemoveValue(string key) => values = values.Without(key);

    /// <summary>"Wednesday 31 March 2027": how the bot echoes a date back.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

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
