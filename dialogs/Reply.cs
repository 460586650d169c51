namespace PartnershipBot.Dialogs;

/// <summary>
/// A channel-neutral reply. Renderers map each kind: Teams to markdown and Adaptive Cards, Slack to Block Kit,
/// the console to plain text with numbered options.
/// </summary>
/// <remarks>
/// Text uses a small markdown subset that every channel can show: <c>**bold**</c>, <c>_italic_</c>,
/// <c>`code`</c>, <c>[title](https://url)</c>, lines starting with <c>- </c> or <c>1. </c>, blank lines
/// between paragraphs. Nothing else (no headings, tables or HTML).
/// </remarks>
public abstract record Reply
{
    /// <summary>The token of the question this reply asks on a card, or null when it asks none.</summary>
    public static string? PromptTokenOf(Reply reply) => reply switch
    {
        ChoicesReply choices => choices.PromptToken,
        DatePromptReply date => date.PromptToken,
        _ => null,
    };
}

/// <summary>A message in the markdown subset, built as <see cref="MarkdownText"/> so user values in it are escaped.</summary>
public sealed record TextReply : Reply
{
    public TextReply(MarkdownText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text.Value;
    }

    public string Text { get; }
}

/// <summary>
/// A question with options, shown as buttons (or a multi-select list when <see cref="MultiSelect"/>).
/// A click comes back as <see cref="UserAction"/> with id <see cref="CardIds.Answer"/> and the value(s) under
/// <see cref="CardIds.Answer"/>; typing the title, the number or the value works as well.
/// </summary>
public sealed record ChoicesReply(string Prompt, IReadOnlyList<ReplyChoice> Choices, bool MultiSelect = false) : Reply
{
    /// <summary>Which open question this card asks; channels send it back under <see cref="CardIds.Prompt"/>.</summary>
    public string? PromptToken { get; init; }
}

public sealed record ReplyChoice(string Value, string Title);

/// <summary>A date question: a date picker where the channel has one. The pick comes back as an answer action (yyyy-MM-dd).</summary>
public sealed record DatePromptReply(string Prompt, DateOnly? Suggested = null) : Reply
{
    /// <summary>Which open question this card asks; channels send it back under <see cref="CardIds.Prompt"/>.</summary>
    public string? PromptToken { get; init; }
}

/// <summary>
/// A card. When <see cref="ReplacesOriginal"/> is set and the turn came from a card action, the channel updates
/// the card the action came from (Teams Action.Execute refresh, Slack chat.update) instead of posting a new one.
/// </summary>
public sealed record CardReply(Card Card, bool ReplacesOriginal = false) : Reply
{
    /// <summary>
    /// The token of the question whose cards this card closes (answered by typing, skipped, cancelled). It is an
    /// update only: channels replace the messages they posted for that question and never post it as a new one.
    /// </summary>
    public string? ReplacesPrompt { get; init; }
}

public sealed record Card
{
    /// <summary>Stable identity such as "checklist:12", so a channel can find and update a card it posted.</summary>
    public string? Key { get; init; }

    public required MarkdownText Title { get; init; }

    /// <summary>Body text in the markdown subset.</summary>
    public MarkdownText? Text { get; init; }

    public IReadOnlyList<CardFact> Facts { get; init; } = [];

    /// <summary>Titled groups of facts, e.g. one per recommendation in an assessment.</summary>
    public IReadOnlyList<CardSection> Sections { get; init; } = [];

    /// <summary>Items with a checked state. Inputs are named <see cref="CardIds.ChecklistItemPrefix"/> + item id.</summary>
    public IReadOnlyList<ChecklistEntry> Checklist { get; init; } = [];

    public IReadOnlyList<CardAction> Actions { get; init; } = [];
}

public sealed record CardFact(MarkdownText Label, MarkdownText Value);

public sealed record CardSection(MarkdownText Heading, MarkdownText? Text, IReadOnlyList<CardFact> Facts);

/// <summary>
/// A checklist line: <see cref="Number"/> is what <c>done N</c> takes, <see cref="Due"/> a short date shown on the
/// line, <see cref="Overdue"/> marks an open item past its date; <see cref="Detail"/> (owner, source) sits behind a
/// toggle where the channel has one.
/// </summary>
public sealed record ChecklistEntry(string ItemId, string Text, bool Done, string? Detail = null)
{
    public int Number { get; init; }

    public string? Due { get; init; }

    public bool Overdue { get; init; }

    /// <summary>The short line: "3. Text · due 30 Jun 2027", with "Overdue" first when it is.</summary>
    public string Line =>
        $"{(Number > 0 ? $"{Number}. " : "")}{(Overdue ? "**Overdue:** " : "")}{Text}{(Due is { } due ? $" · due {due}" : "")}";
}

/// <summary>A button. Pressing it sends <see cref="UserAction"/>(Id, Values plus any card inputs).</summary>
public sealed record CardAction(string Id, string Title, IReadOnlyDictionary<string, string> Values, CardActionStyle Style = CardActionStyle.Default)
{
    public CardAction(string id, string title)
        : this(id, title, new Dictionary<string, string>())
    {
    }
}

public enum CardActionStyle
{
    Default,
    Positive,
    Destructive,
}

/// <summary>Well-known action and input ids shared by the dialogs and the channel renderers.</summary>
public static class CardIds
{
    /// <summary>Action id and input id of a prompt answer (choice button, multi-select, date picker).</summary>
    public const string Answer = "answer";

    /// <summary>
    /// Value key of the token naming the question a prompt card asks (one per asking, kept in the dialog frame).
    /// A click whose token is not the open question's is from an older card and never answers the open one.
    /// </summary>
    public const string Prompt = "prompt";

    /// <summary>Action id of the checklist card's save button (Teams Action.Execute verb too).</summary>
    public const string ChecklistSave = "checklist.save";

    /// <summary>Prefix of checklist toggle inputs: "item:" + item id, value "true" or "false".</summary>
    public const string ChecklistItemPrefix = "item:";

    /// <summary>
    /// Action id a channel sends (with empty text) when the bot was just installed or the user just joined,
    /// so the main dialog can greet them once.
    /// </summary>
    public const string Welcome = "welcome";

    /// <summary>Reminder buttons: mark the obligation done, snooze it, open the collaboration's checklist.</summary>
    public const string ReminderDone = "reminder.done";

    public const string ReminderSnooze = "reminder.snooze";

    public const string ReminderChecklist = "reminder.checklist";

    /// <summary>Value keys of the reminder buttons: the obligation id ("N" format) and the snooze length in days.</summary>
    public const string ObligationValue = "obligation";

    public const string SnoozeDaysValue = "days";

    /// <summary>The edit button of a review's "changes requested" notice: <c>edit</c> on the collaboration in its "collaboration" value.</summary>
    public const string EditCollaboration = "collaboration.edit";

    /// <summary>An Open button (the Slack Home tab): <c>open</c> on the collaboration in its "collaboration" value, then its status.</summary>
    public const string OpenCollaboration = "collaboration.open";

    /// <summary>
    /// The interview as a form (see <see cref="FormPageReply"/>): opening it, and each page's Back and Next. The
    /// step is under <see cref="FormStep"/> (<see cref="FormOpen"/>, <see cref="FormBack"/> or <see cref="FormNext"/>),
    /// the page's first question under <see cref="FormStart"/>, each answer under <see cref="FormFieldPrefix"/> + question id.
    /// </summary>
    public const string InterviewForm = "interview.form";

    public const string FormStep = "form.step";

    public const string FormStart = "form.start";

    public const string FormOpen = "open";

    public const string FormBack = "back";

    public const string FormNext = "next";

    public const string FormFieldPrefix = "q:";

    /// <summary>
    /// Editing a submitted collaboration as a form (see <see cref="FormPageReply"/>): the collaboration in the
    /// "collaboration" value, the step, page start and answers as for <see cref="InterviewForm"/>.
    /// </summary>
    public const string EditForm = "collaboration.edit.form";
}
