namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// A pack item's texts in one other language, from the <c>translations</c> under the item (a principle, an
/// assessment rule, a checklist template, a quiz question, a question). <see cref="Texts"/> is keyed by the English
/// field it translates ("title", "reason", "options[1]", "choices.grant"); a field left out shows in English.
/// <see cref="Reviewed"/> stays false until a compliance reviewer has checked the wording; until then the bot marks
/// the text as not yet reviewed.
/// </summary>
public sealed record PackTranslation(bool Reviewed, IReadOnlyDictionary<string, string> Texts)
{
    /// <summary>No translations: the default of every item.</summary>
    public static IReadOnlyDictionary<string, PackTranslation> None { get; } = new Dictionary<string, PackTranslation>();

    /// <summary>The translated field, or null when it is left out (it shows in English).</summary>
    public string? Text(string field) => Texts.TryGetValue(field, out var text) ? text : null;
}
