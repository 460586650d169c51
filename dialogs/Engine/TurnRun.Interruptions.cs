using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Engine;

internal sealed partial class TurnRun
{
    private bool TryInterrupt(Dialog dialog, DialogFrame top)
    {
        switch (Interruptions.Match(context.Turn))
        {
            case Interruption.Help:
                var pending = top.Prompt!;
                var prompt = Prompt.Resolve(dialog, pending.PromptId);
                context.Say($"{MarkdownText.Trusted(pending.Options.Help ?? prompt.DefaultHelp(pending.Options, context.Culture))}\n\n{T.HelpSuffix.In(context.Culture)}");
                context.Reply(Prompt.RenderPending(dialog, pending, retry: false, context.Culture));
                return true;
            case Interruption.Cancel:
                CancelAll(T.Cancelled.In(context.Culture));
                return true;
            case Interruption.Back:
                GoBack();
                return true;
            case Interruption.Restart:
                RestartTopLevel();
                return true;
            default:
                return false;
        }
    }

    /// <summary>Ends every dialog, letting each say (top first) what it kept; the values area stays.</summary>
    private void CancelAll(MarkdownText opening)
    {
        if (stack is [.., { Prompt: { } open } top])
        {
            CloseCard(runner.Require(top.DialogId), open, T.CardCancelled);
        }

        var kept = new List<MarkdownText>();
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            var frame = stack[i];
            if (runner.Require(frame.DialogId).Cancel(context, frame) is { Value.Length: > 0 } sentence)
            {
                kept.Add(sentence);
            }
        }

        stack.Clear();
        var keptText = kept.Count > 0 ? MarkdownText.Join(" ", kept) : T.CancelledNothingKept.In(context.Culture);
        context.Say(T.CancelledTail.Format(context.Culture, opening, keptText));
    }

    /// <summary>Asks the last answered question again, with the state as it was before that answer.</summary>
    private void GoBack()
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            var frame = stack[i];
            if (frame.History.IsEmpty)
            {
                continue;
            }

            // The question as it was asked, or asked again from the state (in memory and loaded alike, so both
            // answer `back` the same way); null only if the dialog's steps changed so it no longer asks there.
            var dialog = runner.Require(frame.DialogId);
            var entry = frame.History[^1];
            var question = entry.AskedAgain
                ? dialog.AskAgain(context, entry.StateValue, entry.Step) is { } again ? again with { Token = entry.Token } : null
                : entry.Prompt;
            if (question is null)
            {
                break;
            }

            // Leaving a child at its first question goes back into the parent: drop the child.
            var left = stack[^1];
            CloseCard(runner.Require(left.DialogId), left.Prompt!, T.CardSkipped);
            stack.RemoveRange(i + 1, stack.Count - i - 1);
            stack[i] = frame with
            {
                Step = entry.Step,
                StateValue = entry.StateValue,
                Prompt = question,
                History = frame.History.RemoveAt(frame.History.Count - 1),
            };
            context.Say(T.BackToPrevious.In(context.Culture));
            context.Reply(Prompt.RenderPending(dialog, question, context.Culture));
            return;
        }

        var top = stack[^1];
        context.Say(T.BackAtFirst.In(context.Culture));
        context.Reply(Prompt.RenderPending(runner.Require(top.DialogId), top.Prompt!, context.Culture));
    }

    /// <summary>Starts the current top-level dialog (the one begun from the root) over with its starting state.</summary>
    private void RestartTopLevel()
    {
        var index = stack.Count > 1 && stack[0].DialogId == runner.Root.Id ? 1 : 0;
        var frame = stack[index];
        var left = stack[^1];
        CloseCard(runner.Require(left.DialogId), left.Prompt!, T.CardSkipped);
        stack.RemoveRange(index + 1, stack.Count - index - 1);
        context.Say(T.Restarted.In(context.Culture));
        Drive(runner.Require(frame.DialogId).Restart(context, frame), isNew: false);
    }

    /// <summary>
    /// A command typed at a question (e.g. <c>reminders</c> during the quiz) runs as an interruption and the
    /// question is asked again. A line the question itself accepts stays an answer; at a free-text question only a
    /// bare command word interrupts, and the user is told how to give that word as the answer.
    /// </summary>
    private bool TryRunCommand(Dialog dialog, DialogFrame top)
    {
        var text = (context.Turn.Text ?? "").Trim();
        if (context.Turn.Action is not null || text.Length == 0 || runner.Commands?.Invoke(text) is not { } command)
        {
            return false;
        }

        var pending = top.Prompt!;
        var prompt = Prompt.Resolve(dialog, pending.PromptId);
        var freeText = prompt is TextPrompt;
        if (freeText && command.HasArguments && !command.OutranksAnswers)
        {
            return false;
        }

        // Recognised on a scratch context: what the prompt would say on acceptance must not reach the user.
        var isAnswer = !command.OutranksAnswers
            && prompt.Recognize(new DialogContext(context.Turn, context.Inputs, context.Values), pending.Options).Succeeded;
        if (isAnswer && !freeText)
        {
            return false;
        }

        if (command.RunsDuringQuestion)
        {
            var inner = new TurnRun(runner, context, []);
            inner.Begin(runner.Root, null);
        }
        else
        {
            context.Say(T.CommandDuringQuestion.Format(context.Culture, command.Name));
        }

        context.Say(isAnswer
            ? T.BackToQuestionQuoted.Format(context.Culture, text)
            : T.BackToQuestion.In(context.Culture));
        context.Reply(Prompt.RenderPending(dialog, pending, retry: false, context.Culture));
        return true;
    }
}
