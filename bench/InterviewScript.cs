using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows;

namespace PartnershipBot.Benchmarks;

/// <summary>
/// "new" and the first ten answers of the review interview (as in ReviewTranscriptTests; the tenth is the support
/// type since the partner's country is asked), then "cancel": one cycle of twelve turns that leaves the
/// conversation ready for the next "new".
/// </summary>
internal static class InterviewScript
{
    private static readonly (string Text, string? Click)[] Steps =
    [
        ("new", null),
        ("Asthma school toolkit", null),
        ("Breathe Easy UK", null),
        ("1", null),
        ("domestic", null),
        ("GB", null),
        ("GB", null),
        ("2027-05-01", null),
        ("30 April 2028", null),
        ("yes", null),
        ("grant", null),
        ("cancel", null),
    ];

    public static int Length => Steps.Length;

    /// <summary>The reply to the tenth answer asks this, which shows the script still matches the dialogs.</summary>
    public const string AfterTenthAnswer = "how much";

    public const int TenthAnswerStep = 10;

    public static Turn TurnAt(int step, ChannelUser user, ConversationRef conversation, string id)
    {
        var (text, click) = Steps[step % Steps.Length];
        return new Turn
        {
            Id = id,
            User = user,
            Conversation = conversation,
            Text = text,
            Action = click is null ? null : new UserAction(CardIds.Answer, new Dictionary<string, string> { [CardIds.Answer] = click }),
            Timestamp = DateTimeOffset.UtcNow,
        };
    }

    public static string Describe(IReadOnlyList<Reply> replies) =>
        string.Join(" | ", replies.Select(r => r switch
        {
            TextReply t => t.Text,
            ChoicesReply c => c.Prompt,
            DatePromptReply d => d.Prompt,
            _ => r.ToString() ?? "",
        }));
}
