namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// A question's text in one other language, from the pack's <c>translations</c> under the question. A field left
/// out shows in English. <see cref="Reviewed"/> stays false until a compliance reviewer has checked the wording;
/// until then the bot marks the text as not yet reviewed.
/// </summary>
public sealed record QuestionTranslation(
    bool Reviewed,
    string? Label,
    string? Prompt,
    string? Help,
    IReadOnlyDictionary<string, string> Choices);
