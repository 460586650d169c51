using System.Buffers;
using System.Text;
using System.Text.Json;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// <see cref="ConversationState.ToJson"/> in one pass through a buffer and writer reused per thread, instead of
/// the reflection serializer walking the immutable collections. The text is exactly what
/// <c>JsonSerializer.Serialize(state, EngineJson.Options)</c> gives (a test holds the two together), so states
/// saved by either load in the other.
/// </summary>
internal static class ConversationStateWriter
{
    // A buffer that grew past this for an unusual state is dropped rather than kept by the thread for ever.
    private const int KeptBufferBytes = 256 * 1024;

    [ThreadStatic]
    private static Pooled? cached;

    public static string Write(ConversationState state)
    {
        // Taken out while in use, so a re-entrant call (a converter saving a state) gets its own.
        var pooled = cached ?? new Pooled();
        cached = null;
        try
        {
            var writer = pooled.Writer;
            WriteState(writer, state);
            writer.Flush();
            return Encoding.UTF8.GetString(pooled.Buffer.WrittenSpan);
        }
        finally
        {
            if (pooled.Buffer.Capacity <= KeptBufferBytes)
            {
                pooled.Buffer.ResetWrittenCount();
                pooled.Writer.Reset();
                cached = pooled;
            }
        }
    }

    private static void WriteState(Utf8JsonWriter writer, ConversationState state)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("stack");
        foreach (var frame in state.Stack)
        {
            WriteFrame(writer, frame);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("values");
        foreach (var (key, value) in state.Values)
        {
            writer.WritePropertyName(key);
            value.WriteTo(writer);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteFrame(Utf8JsonWriter writer, DialogFrame frame)
    {
        writer.WriteStartObject();
        writer.WriteString("dialogId", frame.DialogId);
        writer.WriteNumber("version", frame.Version);
        writer.WriteNumber("step", frame.Step);
        writer.WritePropertyName("state");
        frame.StateValue.WriteTo(writer);
        writer.WritePropertyName("initialState");
        frame.InitialStateValue.WriteTo(writer);
        WritePrompt(writer, frame.Prompt);
        writer.WriteStartArray("history");
        foreach (var entry in frame.History)
        {
            entry.WriteTo(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WritePrompt(Utf8JsonWriter writer, PendingPrompt? prompt)
    {
        if (prompt is null)
        {
            return;
        }

        writer.WritePropertyName("prompt");
        JsonSerializer.Serialize(writer, prompt, EngineJson.Options);
    }

    private sealed class Pooled
    {
        public Pooled()
        {
            Buffer = new ArrayBufferWriter<byte>(4096);
            Writer = new Utf8JsonWriter(Buffer, new JsonWriterOptions { Encoder = EngineJson.Options.Encoder, SkipValidation = true });
        }

        public ArrayBufferWriter<byte> Buffer { get; }

        public Utf8JsonWriter Writer { get; }
    }
}
