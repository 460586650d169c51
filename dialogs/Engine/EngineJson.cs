using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>The JSON options for conversation state, dialog state and stored values.</summary>
public static class EngineJson
{
    /// <summary>For the state envelope and stored values: tolerant, so an added field never loses a conversation.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// For a dialog's typed state: an unknown member means the JSON was written by a different shape of the
    /// record, so the dialog restarts rather than run with half its state.
    /// </summary>
    public static JsonSerializerOptions DialogStateOptions { get; } = new(Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    public static bool TryRead<T>(JsonElement element, JsonSerializerOptions options, out T value)
    {
        try
        {
            var read = element.Deserialize<T>(options);
            if (read is not null)
            {
                value = read;
                return true;
            }
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            // Not loadable is an expected outcome here (old or hand-edited JSON); callers recover.
        }

        value = default!;
        return false;
    }
}
