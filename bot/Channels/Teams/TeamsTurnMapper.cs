using System.Text.Json;
using PartnershipBot.Dialogs;
using PartnershipBot.Turns;

namespace PartnershipBot.Channels.Teams;

/// <summary>Inbound activities -> neutral <see cref="Turn"/>s, and the conversation address they imply.</summary>
public static class TeamsTurnMapper
{
    // The channel id in turns, addresses and state keys is ChannelIds.Teams, whatever tool (Emulator, Playground) sent it.
    public static Turn ToTurn(Activity activity, DateTimeOffset now, ChannelAccount? user = null, UserAction? action = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var speaker = user ?? activity.From ?? throw new ArgumentException("The activity has no sender.", nameof(activity));
        var client = ClientInfo(activity);
        return new Turn
        {
            Id = activity.Id ?? Guid.NewGuid().ToString("N"),
            User = new ChannelUser(ChannelIds.Teams, speaker.Id ?? "", speaker.Name, client?.Timezone, activity.Locale ?? client?.Locale),
            Conversation = new ConversationRef(ChannelIds.Teams, activity.Conversation?.Id ?? "", IsPersonal(activity)),
            Text = action is null && user is null ? CleanText(activity) : "",
            Action = action ?? (user is null ? ActionFromValue(activity.Value) : null),
            Timestamp = activity.Timestamp ?? now,
        };
    }

    public static bool IsPersonal(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var type = activity.Conversation?.ConversationType;
        return type is null ? activity.Conversation?.IsGroup != true : type == "personal";
    }

    /// <summary>The "mention" entities that name the bot (the activity's recipient); the one rule for what mentions it.</summary>
    public static IEnumerable<Entity> BotMentions(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        return string.IsNullOrEmpty(botId)
            ? []
            : (activity.Entities ?? []).Where(e => e.Type == "mention" && string.Equals(e.Mentioned?.Id, botId, StringComparison.Ordinal));
    }

    /// <summary>The text without the bot's own @mention (channels and group chats put it inline as &lt;at&gt;Name&lt;/at&gt;).</summary>
    public static string CleanText(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? "";
        foreach (var mention in BotMentions(activity).Where(m => !string.IsNullOrEmpty(m.Text)))
        {
            text = text.Replace(mention.Text!, "", StringComparison.Ordinal);
        }

        return text.Replace("&nbsp;", " ", StringComparison.Ordinal).Trim();
    }

    /// <summary>Action.Submit data (merged with the card inputs) -> a UserAction; null for a plain message.</summary>
    public static UserAction? ActionFromValue(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? id = null;
        foreach (var property in data.EnumerateObject())
        {
            var text = Scalar(property.Value);
            if (text is null)
            {
                continue;
            }

            if (property.Name == AdaptiveCardRenderer.ActionField)
            {
                id = text;
            }
            else
            {
                values[property.Name] = text;
            }
        }

        return string.IsNullOrWhiteSpace(id) ? null : new UserAction(id, values);
    }

    /// <summary>Action.Execute: the verb names the action; its data carries the values and the card inputs.</summary>
    public static UserAction? ActionFromInvoke(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } invoke
            || !invoke.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var data = action.TryGetProperty("data", out var d) ? d : default(JsonElement?);
        var fromData = ActionFromValue(data);
        var verb = action.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (string.IsNullOrWhiteSpace(verb))
        {
            return fromData;
        }

        return new UserAction(verb, fromData?.Values ?? new Dictionary<string, string>());
    }

    public static ConversationAddress ToAddress(Activity activity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var client = ClientInfo(activity);
        return new ConversationAddress
        {
            Channel = ChannelIds.Teams,
            UserId = activity.From?.Id ?? "",
            ConversationId = activity.Conversation?.Id ?? "",
            ServiceUrl = activity.ServiceUrl,
            TenantId = TenantId(activity),
            BotId = activity.Recipient?.Id,
            AadObjectId = activity.From?.AadObjectId,
            Locale = activity.Locale ?? client?.Locale,
            TimeZone = client?.Timezone,
            UpdatedAt = now,
        };
    }

    /// <summary>
    /// The Entra tenant of a Teams activity: conversation.tenantId, else channelData.tenant.id. Null for any other
    /// channel (Web Chat, Direct Line, Emulator), whose client writes those fields itself.
    /// </summary>
    public static string? TenantId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!IsTeams(activity))
        {
            return null;
        }

        return !string.IsNullOrEmpty(activity.Conversation?.TenantId) ? activity.Conversation.TenantId : ChannelDataTenant(activity);
    }

    /// <summary>True when a Teams activity names one tenant in conversation.tenantId and another in channelData.</summary>
    public static bool TenantsDisagree(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return IsTeams(activity)
            && activity.Conversation?.TenantId is { Length: > 0 } conversation
            && ChannelDataTenant(activity) is { Length: > 0 } channelData
            && !string.Equals(conversation, channelData, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsTeams(Activity activity) => string.Equals(activity.ChannelId, ChannelIds.Teams, StringComparison.Ordinal);

    private static string? ChannelDataTenant(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } channelData
        && channelData.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
        && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    private static Entity? ClientInfo(Activity activity) => activity.Entities?.FirstOrDefault(e => e.Type == "clientInfo");

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };
}
