using PartnershipBot.Dialogs;

namespace PartnershipBot.Tests.Support;

public static class TestTurns
{
    public static Turn Message(string text, string user = "alice", string channel = "console", string? conversationId = null, string? displayName = null) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        User = new ChannelUser(channel, user, displayName),
        Conversation = new ConversationRef(channel, conversationId ?? user),
        Text = text,
        Timestamp = DateTimeOffset.UtcNow,
    };
}
