using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>
/// What a form does with the chat question its button ended (<see cref="DialogContext.LeftDialogs"/>): the
/// interview's answers are saved already, so it says in one line where the work goes on; an edit's unsaved changes
/// are kept for the edit form (<see cref="EditFormState"/>) rather than lost.
/// </summary>
internal static class FormTakeover
{
    /// <summary>The chat's interview or edit that the form's action ended, if one was open.</summary>
    public static ReviewState? LeftReview(DialogContext context)
    {
        var frame = context.LeftDialogs.LastOrDefault(f => f.DialogId == ReviewDialog.DialogId);
        if (frame is null)
        {
            return null;
        }

        // A state the engine could not read would have restarted the dialog: nothing of it to keep.
        return frame.StateValue.Typed<ReviewState>()
            ?? (EngineJson.TryRead(frame.State, EngineJson.DialogStateOptions, out ReviewState read) ? read : null);
    }

    /// <summary>
    /// Says what happened to the chat's open question (the form of <paramref name="editing"/>, or the interview's
    /// when null) and keeps an unsaved chat edit of another collaboration for its own edit form.
    /// </summary>
    public static void Acknowledge(DialogContext context, Guid? editing)
    {
        if (LeftReview(context) is not { } left)
        {
            return;
        }

        var workspace = PartnershipCommands.Workspace(context);
        if (left.SubmittedChecklist is null)
        {
            context.Say(editing is null
                ? T.FormTookOverQuestion.In(context.Culture)
                : T.FormTookOverInterview.Format(context.Culture, ReviewDialog.TitleIn(left.Answers, context.Culture)));
            return;
        }

        if (editing == left.Id || workspace.ById(left.Id) is not { } edited)
        {
            // The edit form of the same collaboration carries the chat's changes on itself (EditForm.Kept).
            return;
        }

        EditForm.Keep(context, edited, left.Answers);
        context.Say(T.FormKeptChatEdit.Format(context.Culture, edited.Title));
        EditForm.Offer(context, edited);
    }
}
