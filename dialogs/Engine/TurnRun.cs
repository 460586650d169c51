using System.Globalization;
using PartnershipBot.Dialogs.Texts;

using System.Collections.Immutable;
using System.Text.Json;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>The mutable working state of one <see cref="DialogRunner.Run"/> call.</summary>
internal sealed partial class TurnRun(DialogRunner runner, DialogContext context, ImmutableList<DialogFrame> saved)
{

    // Loops (ReplaceDialog) and nesting must reach a question within a turn; beyond these a dialog is buggy.
    private const int MaxTransitionsPerTurn = 500;
    private const int MaxDepth = 32;
    private const int MaxHistory = 30;

    private readonly List<DialogFrame> stack = [.. saved];
    private int transitions;

    public ImmutableList<DialogFrame> Stack => [.. stack];

    public void Execute(bool stateWasRecovered)
    {
        if (stateWasRecovered)
        {
            context.Say(T.UpdatedNotice.In(context.Culture));
        }

        var invalid = FirstInvalidFrame();
        if (invalid >= 0)
        {
            if (!stateWasRecovered)
            {
                context.Say(T.UpdatedNotice.In(context.Culture));
            }

            RestartFrom(invalid);
            return;
        }

        if (stack.Count > 0 && context.Turn.Action is { } leaving && runner.ActionsLeavingQuestion?.Invoke(leaving.Id) == true)
        {
            // The action's command carries on the open work its own way (the form saves the interview's draft).
            context.LeftDialogs = [.. stack];
            stack.Clear();
        }

        if (stack.Count == 0)
        {
            Begin(runner.Root, null);
            return;
        }

        var top = stack[^1];
        var dialog = runner.Require(top.DialogId);
        if (TryInterrupt(dialog, top))
        {
            return;
        }

        if (IsStaleClick(top.Prompt!))
        {
            // An answered or outdated card never answers the open question: say so and show where the user is.
            context.Say(T.StaleCard.In(context.Culture));
            context.Reply(Prompt.RenderPending(dialog, top.Prompt!, retry: false, context.Culture));
            return;
        }

        if (TryRunCommand(dialog, top))
        {
            return;
        }

        if (context.Turn.Action is { } action && action[CardIds.Answer] is null && string.IsNullOrWhiteSpace(context.Turn.Text))
        {
            // A button from an older card (or a repeated welcome) is not a wrong answer: don't count it.
            context.Say(T.ForeignButton.In(context.Culture));
            context.Reply(Prompt.RenderPending(dialog, top.Prompt!, context.Culture));
            return;
        }

        Answer(dialog, top, top.Prompt!);
    }

    private void Answer(Dialog dialog, DialogFrame top, PendingPrompt pending)
    {
        var prompt = Prompt.Resolve(dialog, pending.PromptId);
        var outcome = prompt.Recognize(context, pending.Options);
        if (outcome.Succeeded)
        {
            var clicked = context.Turn.Action is not null;
            if (clicked || (pending.Token is not null && AsksOnACard(prompt)))
            {
                // The question's card becomes a record of the answer, without live controls: the clicked one, and
                // (by its token) any the channel posted for it, also when the answer was typed.
                context.Reply(new CardReply(AnsweredCard(prompt, pending, outcome.Value, context.Culture), ReplacesOriginal: clicked) { ReplacesPrompt = pending.Token });
            }

            var asked = pending.FailedAttempts == 0 ? pending : pending with { FailedAttempts = 0 };
            var history = Trim(top.History.Add(new HistoryEntry(top.Step, top.StateValue, asked, AsksTheSameAgain(dialog, top, asked))));
            Drive(dialog.Resume(context, top with { History = history }, outcome.Value), isNew: false);
            return;
        }

        var failed = pending.FailedAttempts + 1;
        if (failed >= Math.Max(1, pending.Options.MaxAttempts))
        {
            CancelAll(T.GaveUp.Format(context.Culture, failed));
            return;
        }

        pending = pending with { FailedAttempts = failed };
        stack[^1] = top with { Prompt = pending };
        if (!string.IsNullOrWhiteSpace(outcome.Error))
        {
            // Recognisers and validators write their messages; a user value in one goes through MarkdownText there.
            context.Say(MarkdownText.Trusted(outcome.Error));
        }

        context.Reply(Prompt.RenderPending(dialog, pending, retry: true, context.Culture));
    }

    /// <summary>A click carries the token of the question its card asked; any other token is an older card.</summary>
    private bool IsStaleClick(PendingPrompt pending)
    {
        if (context.Turn.Action is not { } action || (action[CardIds.Answer] is null && action[CardIds.Prompt] is null))
        {
            return false;
        }

        // States saved before tokens existed cannot tell; their cards carry no token either.
        return pending.Token is null
            ? action[CardIds.Prompt] is not null
            : !string.Equals(action[CardIds.Prompt], pending.Token, StringComparison.Ordinal);
    }

    internal static Card AnsweredCard(Prompt prompt, PendingPrompt pending, object? value, CultureInfo culture) => new()
    {
        Key = pending.Token is { } token ? $"answered:{token}" : null,
        Title = T.CardAnswered.In(culture),
        Text = T.CardYourAnswer.Format(culture, MarkdownText.Trusted(pending.Options.Text), prompt.DescribeAnswer(value, culture)),
    };

    /// <summary>The open question's card, closed because the user left the question ("Skipped", "Cancelled").</summary>
    private void CloseCard(Dialog dialog, PendingPrompt pending, LocalText outcomeText)
    {
        if (pending.Token is { } token && AsksOnACard(Prompt.Resolve(dialog, pending.PromptId)))
        {
            var outcome = outcomeText.In(context.Culture);
            context.Reply(new CardReply(new Card { Key = $"answered:{token}", Title = outcome, Text = $"{MarkdownText.Trusted(pending.Options.Text)}\n\n**{outcome}**" }) { ReplacesPrompt = token });
        }
    }

    // Text and number questions are asked in a message, not on a card: there is nothing to close.
    private static bool AsksOnACard(Prompt prompt) => prompt is not (TextPrompt or NumberPrompt);

    private void Begin(Dialog dialog, object? options)
    {
        if (stack.Count >= MaxDepth)
        {
            throw new InvalidOperationException($"Dialog '{dialog.Id}' would nest deeper than {MaxDepth} dialogs.");
        }

        Drive(dialog.Begin(context, options), isNew: true);
    }

    /// <summary>Applies a dialog's outcome and keeps going until a question is open or the stack is empty.</summary>
    private void Drive(DialogStep step, bool isNew)
    {
        while (true)
        {
            if (++transitions > MaxTransitionsPerTurn)
            {
                throw new InvalidOperationException(
                    $"More than {MaxTransitionsPerTurn} dialog transitions in one turn (last: '{step.Frame.DialogId}'): a dialog loops without asking anything.");
            }

            if (isNew)
            {
                stack.Add(step.Frame);
            }
            else
            {
                stack[^1] = step.Frame;
            }

            switch (step.Outcome)
            {
                case DialogTurnResult.Waiting:
                    return;
                case DialogTurnResult.Complete complete:
                    stack.RemoveAt(stack.Count - 1);
                    if (stack.Count == 0)
                    {
                        return;
                    }

                    var parent = stack[^1];
                    step = runner.Require(parent.DialogId).Resume(context, parent, complete.Result);
                    isNew = false;
                    break;
                case DialogTurnResult.BeginChild child:
                    if (stack.Count >= MaxDepth)
                    {
                        throw new InvalidOperationException($"Dialog '{child.DialogId}' would nest deeper than {MaxDepth} dialogs.");
                    }

                    step = runner.Require(child.DialogId).Begin(context, child.Options);
                    isNew = true;
                    break;
                case DialogTurnResult.Replace replace:
                    var next = runner.Require(replace.DialogId);
                    var replaced = stack[^1];
                    stack.RemoveAt(stack.Count - 1);
                    step = next.Begin(context, replace.Options);
                    if (next.Id == replaced.DialogId)
                    {
                        // A loop is one dialog to the user: restart goes to the first round, back crosses rounds.
                        step = step with { Frame = step.Frame with { InitialStateValue = replaced.InitialStateValue, History = Trim(replaced.History.AddRange(step.Frame.History)) } };
                    }

                    isNew = true;
                    break;
                default:
                    throw new InvalidOperationException($"Dialog '{step.Frame.DialogId}' returned {step.Outcome.GetType().Name} outside a waterfall.");
            }
        }
    }

    /// <summary>
    /// Whether `back` can ask this question again from the frame's state and get it as it was asked (then the
    /// history saves it without its text). Checked once, when it is answered, against the question itself.
    /// </summary>
    private bool AsksTheSameAgain(Dialog dialog, DialogFrame top, PendingPrompt asked) =>
        dialog.AskAgain(context, top.StateValue, top.Step) is { } again
        && JsonSerializer.Serialize(again with { Token = asked.Token }, EngineJson.Options) == JsonSerializer.Serialize(asked, EngineJson.Options);

    private static ImmutableList<HistoryEntry> Trim(ImmutableList<HistoryEntry> history) =>
        history.Count > MaxHistory ? history.RemoveRange(0, history.Count - MaxHistory) : history;

    /// <summary>
    /// The lowest frame the current code cannot continue: unknown dialog, other version, unreadable state, or a
    /// wait that makes no sense (the top frame must be asking a question, the frames below must not be).
    /// </summary>
    private int FirstInvalidFrame()
    {
        for (var i = 0; i < stack.Count; i++)
        {
            var frame = stack[i];
            var dialog = runner.Find(frame.DialogId);
            var isTop = i == stack.Count - 1;
            var valid = dialog is not null
                && dialog.Version == frame.Version
                && dialog.CanLoad(frame)
                && (isTop ? frame.Prompt is { } p && dialog.FindPrompt(p.PromptId) is not null : frame.Prompt is null)
                && HistoryPromptsExist(dialog, frame);
            if (!valid)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool HistoryPromptsExist(Dialog dialog, DialogFrame frame)
    {
        foreach (var entry in frame.History)
        {
            if (dialog.FindPrompt(entry.PromptId) is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Starts the dialog of frame <paramref name="index"/> again, as the safe point after a change.</summary>
    private void RestartFrom(int index)
    {
        var frame = stack[index];
        var dialog = runner.Find(frame.DialogId);
        stack.RemoveRange(index, stack.Count - index);

        if (dialog is null || dialog == runner.Root || index == 0)
        {
            // Nothing below can take a result from an unknown child, so the safe point is the main menu.
            stack.Clear();
            Begin(runner.Root, null);
            return;
        }

        // Keep what the parent passed in when the saved starting state still reads; otherwise begin afresh.
        if (dialog.CanRestart(frame))
        {
            stack.Add(frame);
            Drive(dialog.Restart(context, frame), isNew: false);
        }
        else
        {
            Begin(dialog, null);
        }
    }
}
