using System.Runtime.CompilerServices;
using System.Text.Json;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// A dialog's state record as it travels in a frame or history entry. While a conversation stays in memory it is
/// the record itself (immutable, so frames share it safely); JSON is made only when someone asks for it (saving,
/// <see cref="DialogFrame.State"/>), and JSON read from a save becomes the record once, on first use. Serialising
/// and re-reading the state at every step was most of a turn's time in the bench profile.
/// </summary>
/// <remarks>
/// The two caches are filled lazily and may be filled by two threads at once with equal results; each is a single
/// reference write (the JSON is boxed), so a reader never sees half of one.
/// </remarks>
internal sealed class DialogStateValue
{
    // The record's declared type: the JSON of a state is always its dialog's TState shape, never a derived type's.
    private readonly Type? type;

    // The state as read from a save, when it was kept as text (a history entry's): parsed only when needed.
    private readonly ReadOnlyMemory<byte> utf8;
    private object? value;
    private StrongBox<JsonElement>? json;

    private DialogStateValue(Type? type, object? value, StrongBox<JsonElement>? json, ReadOnlyMemory<byte> utf8 = default)
    {
        this.type = type;
        this.value = value;
        this.json = json;
        this.utf8 = utf8;
    }

    public static DialogStateValue Of<T>(T value)
        where T : class =>
        new(typeof(T), value ?? throw new InvalidOperationException($"A dialog set a null {typeof(T).Name} state."), null);

    public static DialogStateValue FromJson(JsonElement element) => new(null, null, new StrongBox<JsonElement>(element));

    /// <summary>A state read from a save and kept as its text (which must be one JSON value).</summary>
    public static DialogStateValue FromUtf8(ReadOnlyMemory<byte> utf8) => new(null, null, null, utf8);

    /// <summary>The saved text of the state when it was loaded as text and not yet re-made; empty otherwise.</summary>
    public ReadOnlySpan<byte> Utf8 => utf8.Span;

    public JsonElement Json
    {
        get
        {
            if (Volatile.Read(ref json) is { } box)
            {
                return box.Value;
            }

            var element = utf8.IsEmpty
                ? JsonSerializer.SerializeToElement(value, type!, EngineJson.Options)
                : JsonSerializer.Deserialize<JsonElement>(utf8.Span);
            Volatile.Write(ref json, new StrongBox<JsonElement>(element));
            return element;
        }
    }

    /// <summary>The record when it is a <typeparamref name="T"/> (made in memory, or read from JSON before).</summary>
    public T? Typed<T>()
        where T : class => Volatile.Read(ref value) as T;

    /// <summary>Keeps what the JSON read as, so the next turn does not read it again.</summary>
    public T Remember<T>(T read)
        where T : class
    {
        Volatile.Write(ref value, read);
        return read;
    }

    /// <remarks>
    /// Through <see cref="Json"/> rather than serialising the record straight into the writer: the element path
    /// escapes what the serializer writes raw (the '+' of a DateTimeOffset becomes \u002B), and saved states keep
    /// the text they always had, so a state loaded and saved again is byte for byte the same.
    /// </remarks>
    public void WriteTo(Utf8JsonWriter writer)
    {
        if (utf8.IsEmpty)
        {
            Json.WriteTo(writer);
        }
        else
        {
            writer.WriteRawValue(utf8.Span, skipInputValidation: true);
        }
    }
}
