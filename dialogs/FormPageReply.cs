namespace PartnershipBot.Dialogs;

/// <summary>
/// One page of a form (the interview filled in a Teams dialog): its fields with their current values and any
/// errors, and the values its buttons send back. A channel with forms shows it in a dialog; Next and Submit come
/// back as a <see cref="UserAction"/> with id <see cref="CardIds.InterviewForm"/>, the <see cref="Values"/> and
/// each field's input under its <see cref="FormField.Id"/>.
/// </summary>
public sealed record FormPageReply(MarkdownText Title, IReadOnlyList<FormField> Fields) : Reply
{
    /// <summary>A line above the fields (page N, how the answers are kept), code text only.</summary>
    public string? Intro { get; init; }

    /// <summary>Sent back with Next (and with Back, which sends no inputs).</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>The action id its buttons send: the interview's form unless another form (the edit's) says so.</summary>
    public string FormId { get; init; } = CardIds.InterviewForm;

    public bool CanGoBack { get; init; }

    /// <summary>The last page: its button submits the collaboration rather than showing the next page.</summary>
    public bool IsLast { get; init; }
}
