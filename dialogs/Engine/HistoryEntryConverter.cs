using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>Reads and writes <see cref="HistoryEntry"/> through its kept JSON (see there).</summary>
internal sealed class HistoryEntryConverter : JsonConverter<HistoryEntry>
{
    // The UTF-8 text ConversationState.TryFromJson is reading on this thread; set only around that one call.
    [ThreadStatic]
    private static byte[]? source;

    public override HistoryEntry Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A history entry is not an object.");
        }

        return source is { } text && !reader.HasValueSequence
            ? HistoryEntry.Read(ref reader, text)
            : HistoryEntry.Read(JsonElement.ParseValue(ref reader));
    }

    /// <summary>Deserializes <paramref name="utf8"/> with history entries kept as slices of it.</summary>
    public static T? Deserialize<T>(byte[] utf8, JsonSerializerOptions options)
    {
        var outer = source;
        source = utf8;
        try
        {
            return JsonSerializer.Deserialize<T>(utf8, options);
        }
        finally
        {
            source = outer;
        }
    }

    public override void Write(Utf8JsonWriter writer, HistoryEntry value, JsonSerializerOptions options) => value.WriteTo(writer);
}
