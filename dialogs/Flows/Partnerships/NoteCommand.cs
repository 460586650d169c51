using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>
/// A note for the current collaboration, sent as a card action by a channel (Slack's message shortcut "Add to a
/// collaboration"): the action carries the text, where it came from and, optionally, the chosen collaboration. Action only, never typed (the words
/// "note ..." at a free-text question stay an answer). The text travels as an action value, so the safety check reads it
/// like any free text the turn carries.
/// </summary>
public static class NoteCommand
{
    public const string Action = "note.add";

    /// <summary>The note's text.</summary>
    public const string TextValue = "note";

    /// <summary>Where the text came from, as the channel names it ("a Slack message").</summary>
    public const string SourceValue = "source";

    /// <summary>
    /// Optional: the collaboration the user chose for the note (Slack's note picker), as its id. Without it the note
    /// goes to the current collaboration. It came from outside the dialogs, so it counts only if it is one of the
    /// user's own collaborations.
    /// </summary>
    public const string CollaborationValue = "collaboration";

    /// <summary>Longer notes are cut: a note is a message, not a document.</summary>
    public const int MaxLength = 4000;

    internal static DialogTurnResult Run(CommandInvocation i)
    {
        var action = i.Context.Turn.Action!;
        var text = action[TextValue]?.Trim() ?? "";
        if (text.Length == 0)
        {
            i.Step.Say(T.CmdNoteEmpty.In(i.Context.Culture));
            return i.Step.End();
        }

        CollaborationRecord? current;
        if (action[CollaborationValue] is { } chosen)
        {
            current = Guid.TryParse(chosen, out var id) ? PartnershipCommands.Workspace(i.Context).ById(id) : null;
            if (current is null)
            {
                i.Step.Say(T.CmdNoteNotYours.In(i.Context.Culture));
                return i.Step.End();
            }
        }
        else if (PartnershipCommands.Current(i.Context) is not { } fallback)
        {
            return PartnershipCommands.NoCollaboration(i);
        }
        else
        {
            current = fallback;
        }

        if (current.Status == CollaborationStatus.Closed)
        {
            i.Step.Say(T.CmdNoteClosed.Format(i.Context.Culture, current.Title));
            return i.Step.End();
        }

        var note = text.Length > MaxLength ? text[..MaxLength] : text;
        var source = action[SourceValue] is { Length: > 0 and <= 100 } s ? s : "a message";
        i.Context.Emit(new AddCollaborationNote(current.Id, note, source, ReviewDialog.Actor(i.Context.Turn), i.Context.Turn.Timestamp));
        i.Step.Say(note.Length < text.Length
            ? T.CmdNoteAddedShortened.Format(i.Context.Culture, current.Title, MaxLength)
            : T.CmdNoteAdded.Format(i.Context.Culture, current.Title));
        return i.Step.End();
    }
}
