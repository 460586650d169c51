using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>A question as it stood before it was answered: <c>back</c> restores all of it.</summary>
/// <remarks>
/// When the dialog asks its questions from its state alone (<see cref="WaterfallDialog{TState}.AsksFromStateAlone"/>)
/// and asking again from the entry's state gave the same question when the entry was made, the entry is saved
/// without the question (its text, choices and help were two thirds of a saved interview): only its prompt id and
/// token, under "asked"; <c>back</c> asks it again from the state. Older saves with the whole question still load.
/// </remarks>
/// <remarks>
/// An entry never changes once made, but the durable host saves and loads the whole history on every turn, and
/// each entry carries its full question (text, choices, help): re-serialising and rebuilding them was most of a
/// saved turn. So an entry keeps its saved JSON (the slice it was read from, or the bytes it was first written
/// as) and is written back verbatim; a loaded entry builds its <see cref="Prompt"/> only when asked (<c>back</c>).
/// Both caches are filled by single reference writes; two threads filling one at once make equal values.
/// </remarks>
[JsonConverter(typeof(HistoryEntryConverter))]
public sealed record HistoryEntry
{
    private PendingPrompt? prompt;

    // The entry's saved JSON: byte[] once written; StrongBox<ReadOnlyMemory<byte>> (a slice of the loaded text) or
    // StrongBox<JsonElement> when read from a save.
    private object? saved;

    [JsonConstructor]
    public HistoryEntry(int step, JsonElement state, PendingPrompt prompt)
        : this(step, DialogStateValue.FromJson(state), prompt)
    {
    }

    internal HistoryEntry(int step, DialogStateValue state, PendingPrompt prompt, bool askedAgain = false)
    {
        Step = step;
        StateValue = state;
        Prompt = prompt;
        AskedAgain = askedAgain;
    }

    private HistoryEntry(int step, DialogStateValue state, string promptId, object saved)
    {
        Step = step;
        StateValue = state;
        PromptId = promptId;
        this.saved = saved;
    }

    // A loaded entry saved without its question.
    private HistoryEntry(int step, DialogStateValue state, string promptId, string? token, object saved)
        : this(step, state, promptId, saved)
    {
        AskedAgain = true;
        Token = token;
    }

    // `with` copies the values, never the saved JSON of the original (it may no longer describe the copy).
    private HistoryEntry(HistoryEntry original)
    {
        Step = original.Step;
        StateValue = original.StateValue;
        Prompt = original.Prompt;
        PromptId = original.PromptId;
        AskedAgain = original.AskedAgain;
        Token = original.Token;
    }

    public int Step { get; init; }

    /// <summary>The dialog's state before the answer, as JSON (made when asked for).</summary>
    public JsonElement State
    {
        get => StateValue.Json;
        init => StateValue = DialogStateValue.FromJson(value);
    }

    /// <summary>
    /// The question as it was asked; null for an entry loaded without it (<see cref="AskedAgain"/>: <c>back</c>
    /// asks it again from <see cref="State"/>).
    /// </summary>
    public PendingPrompt? Prompt
    {
        // A loaded entry with its question builds it here.
        get => Volatile.Read(ref prompt) ?? (AskedAgain || Volatile.Read(ref saved) is null or byte[] ? null : ReadPrompt());
        init
        {
            prompt = value;
            PromptId = value?.PromptId!;
            Token = value?.Token;
        }
    }

    /// <summary>True when <c>back</c> asks the question again from the state, and the save leaves the question out.</summary>
    internal bool AskedAgain { get; init; }

    /// <summary>The token of the asking, which the question asked again keeps (so its card is the same card).</summary>
    internal string? Token { get; private init; }

    internal DialogStateValue StateValue { get; init; }

    /// <summary>The question's prompt id, known without building the question (checked on every loaded turn).</summary>
    internal string PromptId { get; private init; } = null!;

    public bool Equals(HistoryEntry? other) =>
        other is not null
        && Step == other.Step
        && EqualityComparer<DialogStateValue>.Default.Equals(StateValue, other.StateValue)
        && AskedAgain == other.AskedAgain
        && (AskedAgain ? PromptId == other.PromptId && Token == other.Token : EqualityComparer<PendingPrompt>.Default.Equals(Prompt, other.Prompt));

    public override int GetHashCode() => HashCode.Combine(Step, StateValue, PromptId);

    /// <summary>Writes the entry as saved before, or serialises it once and keeps the bytes for later saves.</summary>
    internal void WriteTo(Utf8JsonWriter writer)
    {
        switch (Volatile.Read(ref saved))
        {
            case byte[] bytes:
                writer.WriteRawValue(bytes, skipInputValidation: true);
                return;
            case StrongBox<ReadOnlyMemory<byte>> slice:
                writer.WriteRawValue(slice.Value.Span, skipInputValidation: true);
                return;
            case StrongBox<JsonElement> read:
                writer.WriteRawValue(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(read.Value), skipInputValidation: true);
                return;
        }

        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var own = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = EngineJson.Options.Encoder, SkipValidation = true }))
        {
            own.WriteStartObject();
            own.WriteNumber("step", Step);
            own.WritePropertyName("state");
            StateValue.WriteTo(own);
            if (AskedAgain)
            {
                own.WriteStartObject("asked");
                own.WriteString("promptId", PromptId);
                if (Token is { } token)
                {
                    own.WriteString("token", token);
                }

                own.WriteEndObject();
            }
            else if (Prompt is { } question)
            {
                own.WritePropertyName("prompt");
                JsonSerializer.Serialize(own, question, EngineJson.Options);
            }

            own.WriteEndObject();
        }

        var written = buffer.WrittenSpan.ToArray();
        Volatile.Write(ref saved, written);
        writer.WriteRawValue(written, skipInputValidation: true);
    }

    /// <summary>
    /// Reads an entry the way the serializer did (case-insensitive names, a step also as a string), keeping the
    /// JSON only when it is in the shape this engine writes, so what is written back is what would be written.
    /// </summary>
    internal static HistoryEntry Read(JsonElement entry)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("A history entry is not an object.");
        }

        int? step = null;
        var state = default(JsonElement);
        var promptElement = default(JsonElement);
        var askedElement = default(JsonElement);
        var canonical = true;
        var index = 0;
        foreach (var property in entry.EnumerateObject())
        {
            canonical &= index < Names.Length && (property.NameEquals(Names[index]) || (index == 2 && property.NameEquals("asked")));
            index++;
            if (Is(property, "step"))
            {
                canonical &= property.Value.ValueKind == JsonValueKind.Number;
                step = ReadStep(property.Value);
            }
            else if (Is(property, "state"))
            {
                state = property.Value;
            }
            else if (Is(property, "prompt"))
            {
                promptElement = property.Value;
            }
            else if (Is(property, "asked"))
            {
                askedElement = property.Value;
            }
        }

        if (promptElement.ValueKind != JsonValueKind.Object && askedElement.ValueKind == JsonValueKind.Object)
        {
            // Saved without its question: the prompt id is required, the token optional.
            if (!askedElement.TryGetProperty("promptId", out var askedId) || askedId.ValueKind != JsonValueKind.String)
            {
                throw new JsonException("A history entry has no question.");
            }

            var token = askedElement.TryGetProperty("token", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            return canonical && index == Names.Length
                ? new HistoryEntry(step!.Value, DialogStateValue.FromJson(state), askedId.GetString()!, token, new StrongBox<JsonElement>(entry))
                : new HistoryEntry(step ?? 0, DialogStateValue.FromJson(state), askedId.GetString()!, token, null!);
        }

        if (promptElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("A history entry has no question.");
        }

        canonical &= index == Names.Length
            && promptElement.TryGetProperty("promptId", out var id) && id.ValueKind == JsonValueKind.String;
        if (canonical)
        {
            return new HistoryEntry(step!.Value, DialogStateValue.FromJson(state), promptElement.GetProperty("promptId").GetString()!, new StrongBox<JsonElement>(entry));
        }

        var prompt = promptElement.Deserialize<PendingPrompt>(EngineJson.Options) ?? throw new JsonException("A history entry has no question.");
        return new HistoryEntry(step ?? 0, DialogStateValue.FromJson(state), prompt);
    }

    /// <summary>
    /// Reads an entry straight from <paramref name="source"/>, the whole text <paramref name="reader"/> reads:
    /// one pass that keeps the entry and its state as slices of it, with only the step and prompt id taken out.
    /// An entry not in the shape this engine writes is read by <see cref="Read(JsonElement)"/> instead.
    /// </summary>
    internal static HistoryEntry Read(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source)
    {
        var start = (int)reader.TokenStartIndex;
        var depth = reader.CurrentDepth;
        var canonical = true;
        var index = 0;
        var step = 0;
        string? promptId = null;
        string? token = null;
        var asked = false;
        int stateStart = 0, stateEnd = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            asked |= index == 2 && reader.ValueTextEquals("asked");
            canonical &= index < Names.Length && (reader.ValueTextEquals(Names[index]) || (index == 2 && asked));
            index++;
            reader.Read();
            if (canonical && index == 1)
            {
                canonical = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out step);
                reader.Skip();
            }
            else if (canonical && index == 2)
            {
                stateStart = (int)reader.TokenStartIndex;
                reader.Skip();
                stateEnd = (int)reader.BytesConsumed;
            }
            else if (canonical && index == 3 && asked && reader.TokenType == JsonTokenType.StartObject)
            {
                // {"promptId":"...","token":"..."}: the token may be absent.
                var askedDepth = reader.CurrentDepth;
                while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == askedDepth))
                {
                    var isId = reader.ValueTextEquals("promptId");
                    var isToken = reader.ValueTextEquals("token");
                    if (!reader.Read())
                    {
                        break;
                    }

                    if (reader.TokenType == JsonTokenType.String && isId)
                    {
                        promptId = reader.GetString();
                    }
                    else if (reader.TokenType == JsonTokenType.String && isToken)
                    {
                        token = reader.GetString();
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }
            else if (canonical && index == 3 && reader.TokenType == JsonTokenType.StartObject)
            {
                var promptDepth = reader.CurrentDepth;
                if (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("promptId")
                    && reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    promptId = reader.GetString();
                }

                while (!(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == promptDepth))
                {
                    if (!reader.Read())
                    {
                        throw new JsonException("A history entry's question is cut short.");
                    }
                }
            }
            else
            {
                reader.Skip();
            }
        }

        var entry = source[start..(int)reader.BytesConsumed];
        if (!(canonical && index == Names.Length && promptId is not null && reader.CurrentDepth == depth))
        {
            return Read(JsonSerializer.Deserialize<JsonElement>(entry.Span));
        }

        var stateValue = DialogStateValue.FromUtf8(source[stateStart..stateEnd]);
        var kept = new StrongBox<ReadOnlyMemory<byte>>(entry);
        return asked ? new HistoryEntry(step, stateValue, promptId, token, kept) : new HistoryEntry(step, stateValue, promptId, kept);
    }

    private static readonly string[] Names = ["step", "state", "prompt"];

    private static bool Is(JsonProperty property, string name) =>
        property.NameEquals(name) || string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase);

    private static int ReadStep(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String
            && int.TryParse(value.GetString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        throw new JsonException("A history entry's step is not a whole number.");
    }

    private PendingPrompt ReadPrompt()
    {
        // Only a loaded entry has no prompt yet; its JSON was checked to hold one when it was read.
        var element = (Volatile.Read(ref saved) switch
        {
            StrongBox<ReadOnlyMemory<byte>> slice => JsonSerializer.Deserialize<JsonElement>(slice.Value.Span),
            var other => ((StrongBox<JsonElement>)other!).Value,
        }).GetProperty("prompt");
        var read = EngineJson.TryRead<PendingPrompt>(element, EngineJson.Options, out var value)
            ? value
            : throw new InvalidOperationException("A saved history entry's question does not read as a prompt.");
        Volatile.Write(ref prompt, read);
        return read;
    }
}
