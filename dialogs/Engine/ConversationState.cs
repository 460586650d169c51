using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// Everything the bot remembers about one conversation: the dialog stack and a <see cref="Values"/> area of typed
/// values that outlive the stack (see <see cref="WithStackCleared"/>). Immutable; saved by the host as JSON.
/// </summary>
public sealed record ConversationState
{
    public static ConversationState Empty { get; } = new();

    /// <summary>Bottom first: the root dialog, then its children; the last frame is the active one.</summary>
    public ImmutableList<DialogFrame> Stack { get; init; } = [];

    /// <summary>Values kept across dialogs (read with <see cref="Get{T}"/>, write with <see cref="With{T}"/>).</summary>
    /// <remarks>Ordinal also when read from JSON, whose deserializer would otherwise use culture-aware comparisons.</remarks>
    public ImmutableSortedDictionary<string, JsonElement> Values
    {
        get;
        init => field = (value ?? ImmutableSortedDictionary<string, JsonElement>.Empty).WithComparers(StringComparer.Ordinal);
    } = ImmutableSortedDictionary.Create<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>
    /// Set by <see cref="FromJson"/> when the saved JSON could not be read in full; the runner then tells the
    /// user it started this part again. Never saved.
    /// </summary>
    [JsonIgnore]
    public bool WasRecovered { get; init; }

    public string ToJson() => ConversationStateWriter.Write(this);

    /// <summary>
    /// Never throws. Null or blank JSON gives <see cref="Empty"/>. Unreadable JSON gives what could be salvaged
    /// (the values, the readable bottom of the stack) with <see cref="WasRecovered"/> set, so a bad row can never
    /// stop a conversation. Use <see cref="TryFromJson"/> to learn whether the JSON was read in full.
    /// </summary>
    public static ConversationState FromJson(string? json)
    {
        TryFromJson(json, out var state);
        return state;
    }

    /// <summary>True when the JSON was read in full; otherwise <paramref name="state"/> is the salvage of <see cref="FromJson"/>.</summary>
    public static bool TryFromJson(string? json, out ConversationState state)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            state = Empty;
            return true;
        }

        try
        {
            // As UTF-8 kept by the state: history entries stay slices of it, written back as they were read.
            // Values' init makes its dictionary ordinal, also when the deserializer builds it.
            state = HistoryEntryConverter.Deserialize<ConversationState>(Encoding.UTF8.GetBytes(json), EngineJson.Options) ?? throw new JsonException("null state");
            return true;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            state = Salvage(json);
            return false;
        }
    }

    /// <summary>Drops the dialog stack (after a failed turn) but keeps <see cref="Values"/> the user already gave.</summary>
    public ConversationState WithStackCleared() => this with { Stack = [], WasRecovered = false };

    public T? Get<T>(string key) => TryGet<T>(key, out var value) ? value : default;

    public bool TryGet<T>(string key, out T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Values.TryGetValue(key, out var element))
        {
            return EngineJson.TryRead(element, EngineJson.Options, out value);
        }

        value = default!;
        return false;
    }

    public ConversationState With<T>(string key, T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        return this with { Values = Values.SetItem(key, EngineJson.ToElement(value)) };
    }

    public ConversationState Without(string key) => this with { Values = Values.Remove(key) };

    private static ConversationState Salvage(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return Empty with { WasRecovered = true };
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Empty with { WasRecovered = true };
            }

            var values = Empty.Values;
            if (root.TryGetProperty("values", out var valuesElement) && valuesElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in valuesElement.EnumerateObject())
                {
                    values = values.SetItem(property.Name, property.Value.Clone());
                }
            }

            // Keep the readable bottom of the stack: a parent without its child is still a safe place to resume.
            var stack = ImmutableList.CreateBuilder<DialogFrame>();
            if (root.TryGetProperty("stack", out var stackElement) && stackElement.ValueKind == JsonValueKind.Array)
            {
                foreach (var frameElement in stackElement.EnumerateArray())
                {
                    if (!EngineJson.TryRead<DialogFrame>(frameElement.Clone(), EngineJson.Options, out var frame))
                    {
                        break;
                    }

                    stack.Add(frame);
                }
            }

            return new ConversationState { Stack = stack.ToImmutable(), Values = values, WasRecovered = true };
        }
    }
}
