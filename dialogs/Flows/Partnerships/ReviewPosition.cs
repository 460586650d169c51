using System.Text.Json;
using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>
/// Where a conversation stands in the review interview: the collaboration being written and the question asked,
/// so a message (a safety report) can say what it was the answer to. Reads the state; never throws.
/// </summary>
public sealed record ReviewPosition(Guid CollaborationId, string? QuestionId)
{
    /// <summary>The innermost open review, or null when no review is open.</summary>
    public static ReviewPosition? Of(ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        for (var i = state.Stack.Count - 1; i >= 0; i--)
        {
            var frame = state.Stack[i];
            if (frame.DialogId != ReviewDialog.DialogId)
            {
                continue;
            }

            try
            {
                var review = frame.StateValue.Typed<ReviewState>() ?? frame.State.Deserialize<ReviewState>(EngineJson.Options);
                return review is null ? null : new ReviewPosition(review.Id, review.Asking);
            }
            catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
            {
                return null;
            }
        }

        return null;
    }
}
