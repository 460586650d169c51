namespace PartnershipBot.Dialogs;

/// <summary>
/// One input of a <see cref="FormPageReply"/>. <see cref="Label"/> and <see cref="Prompt"/> are pack text;
/// <see cref="Value"/> is the user's (a multi-select's values separated by commas); <see cref="Error"/> says why
/// the value was refused (from the same validators as the chat).
/// </summary>
public sealed record FormField(string Id, string Label, string Prompt, FormFieldKind Kind)
{
    public IReadOnlyList<ReplyChoice> Choices { get; init; } = [];

    public string? Value { get; init; }

    public string? Error { get; init; }

    public int? MaxLength { get; init; }
}
