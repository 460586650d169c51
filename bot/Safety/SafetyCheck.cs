using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Safety;
using PartnershipBot.Turns;

namespace PartnershipBot.Safety;

/// <summary>
/// Reads every piece of free text a turn carries (what was typed, and the text inputs of a card submit) for safety
/// information. On a hit: a report recorded in the turn's transaction and a notice to the user before the
/// dialogs' replies; the dialogs' state and replies are untouched, so the answer is taken as usual and the user
/// keeps their place.
/// </summary>
public sealed class SafetyCheck(SafetyDetector detector, SafetyMessages messages) : ITurnCheck
{
    public TurnAddition? Check(Turn turn, ConversationState before, TurnResult result)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Effects.Any(e => e is AddSafetyNote))
        {
            // A note goes to pharmacovigilance in full anyway ("and she was hospitalised" included).
            return null;
        }

        var text = FreeText(turn);
        var found = detector.Detect(text);
        if (!found.Found)
        {
            return null;
        }

        var reference = SafetyReferences.New(turn.Timestamp);
        var position = ReviewPosition.Of(before);
        var effect = new SafetyReportEffect(reference, text, string.Join(",", found.Kinds), found.Summary, position?.CollaborationId, position?.QuestionId);
        return new TurnAddition([messages.Notice(reference, found, turn.Culture)], [effect]);
    }

    /// <summary>The typed text, then the values of a card submit except the question token (a form's text inputs).</summary>
    public static string FreeText(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Action is not { } action)
        {
            return turn.Text;
        }

        var values = action.Values.Where(v => v.Key != CardIds.Prompt && !string.IsNullOrWhiteSpace(v.Value)).Select(v => v.Value);
        return string.Join("\n", new[] { turn.Text }.Concat(values).Where(t => t.Length > 0));
    }
}
