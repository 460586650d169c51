using YamlDotNet.RepresentationModel;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// Reads a question's <c>translations</c> (<c>de:</c>, <c>fr:</c>, each with <c>reviewed</c>, <c>label</c>,
/// <c>prompt</c>, <c>help</c> and <c>choices</c> by value) through the pack's one <see cref="TranslationReader"/>,
/// which refuses a language the bot does not speak, a choice the question does not have, and a text whose
/// {placeholders} differ from the English.
/// </summary>
internal static class QuestionTranslationReader
{
    public static IReadOnlyDictionary<string, QuestionTranslation> Read(
        PackReader r, YamlMappingNode question, string path, string? prompt, string? help, string? label, IReadOnlyList<QuestionChoice> choices)
    {
        var read = TranslationReader.Read(r, question, path, new Dictionary<string, string?> { ["label"] = label, ["prompt"] = prompt, ["help"] = help }, choices: choices);
        return read.ToDictionary(
            t => t.Key,
            t => new QuestionTranslation(
                t.Value.Reviewed,
                t.Value.Text("label"),
                t.Value.Text("prompt"),
                t.Value.Text("help"),
                choices.Where(c => t.Value.Text($"choices.{c.Value}") is not null).ToDictionary(c => c.Value, c => t.Value.Text($"choices.{c.Value}")!)),
            StringComparer.Ordinal);
    }
}
