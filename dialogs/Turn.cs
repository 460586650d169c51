using System.Globalization;
using System.Text.Json.Serialization;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs;

/// <summary>
/// The channel-neutral input of one turn. Channels (Teams, Slack, console) build it from what they received;
/// the dialogs never see a channel type.
/// </summary>
public sealed record Turn
{
    /// <summary>Unique per inbound message; goes into logs so a failed turn can be found.</summary>
    public required string Id { get; init; }

    public required ChannelUser User { get; init; }

    public required ConversationRef Conversation { get; init; }

    /// <summary>What the user typed, with the bot's own mention already removed. Empty for a pure card submit.</summary>
    public string Text { get; init; } = "";

    /// <summary>A card button or card input submit (Teams Action.Submit/Execute, Slack block_actions).</summary>
    public UserAction? Action { get; init; }

    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>
    /// The person's own choice of language (<c>language de</c>, kept on their users row), which wins over the
    /// channel's locale; null when they never chose.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>
    /// The culture of this turn's texts, dates and numbers: the person's choice, else the channel's locale (Teams
    /// activity locale, Slack users.info locale, the console's --locale), else English. When the choice has the
    /// locale's language, the locale's region is kept (a "de" choice from a de-AT client formats as Austria).
    /// </summary>
    [JsonIgnore]
    public CultureInfo Culture =>
        Language is { } chosen && Languages.Code(Languages.For(chosen)) != Languages.Code(Languages.For(User.Locale))
            ? Languages.For(chosen)
            : Languages.For(User.Locale);
}

/// <summary>Who is speaking. <see cref="Channel"/> is "msteams", "slack" or "console".</summary>
public sealed record ChannelUser(string Channel, string Id, string? DisplayName = null, string? TimeZone = null, string? Locale = null);

/// <summary>Where the turn happens. <see cref="Key"/> is the storage key of its conversation state.</summary>
public sealed record ConversationRef(string Channel, string Id, bool IsPersonal = true)
{
    public string Key => $"{Channel}:{Id}";
}

/// <summary>
/// A submit from a card: the action's id and the values it carries (the action's own values merged with the
/// card's inputs). Multi-select inputs arrive as one value with the selections separated by commas.
/// </summary>
public sealed record UserAction(string Id, IReadOnlyDictionary<string, string> Values)
{
    public string? this[string key] => Values.TryGetValue(key, out var v) ? v : null;
}
