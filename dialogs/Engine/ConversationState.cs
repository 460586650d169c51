using System.Text.Json;

namespace PartnershipBot.Dialogs.Engine;

// PLACEHOLDER API (contract for the host). The engine work replaces the body; keep the public members.
public sealed record ConversationState
{
    public static ConversationState Empty { get; } = new();

    public string ToJson() => JsonSerializer.Serialize(this);

    public static ConversationState FromJson(string json) =>
        JsonSerializer.Deserialize<ConversationState>(json) ?? Empty;

    /// <summary>Drops the dialog stack (after a failed turn) but keeps data the user already gave.</summary>
    public ConversationState WithStackCleared() => this;
}
