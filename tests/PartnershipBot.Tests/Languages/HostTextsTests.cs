using System.Globalization;
using System.Reflection;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Texts;

namespace PartnershipBot.Tests.Languages;

/// <summary>
/// The host's texts (cards, notices, dashboard, documents, messages) exist in English, German and French with the
/// same placeholders; and no .resx file of either project is left out of the checks (a new file must be listed
/// in <see cref="TextSets"/> or <see cref="HostTexts"/>, or its missing translations would go unnoticed).
/// </summary>
public sealed class HostTextsTests
{
    private static readonly IReadOnlyList<LocalText> Typed =
        [.. typeof(Say).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => (LocalText)p.GetValue(null)!)];

    [Fact]
    public void EveryEnglishText_HasAGermanAndAFrenchEntry() =>
        Assert.Empty(TextSets.Missing(HostTexts.All).Select(m => $"{m.Language}: {m.Key}"));

    [Fact]
    public void EveryTypedName_IsAnEnglishTextOfItsFile()
    {
        foreach (var set in HostTexts.All)
        {
            var english = TextSet.Keys(set.Resources, CultureInfo.InvariantCulture);
            var typed = Typed.Where(t => t.Set == set).Select(t => t.Key);
            Assert.Equal(english.Order(StringComparer.Ordinal), typed.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void EveryTranslation_HasTheEnglishPlaceholders() => Assert.Empty(TextSets.WrongPlaceholders(Typed));

    [Fact]
    public void EveryResourceFile_IsChecked()
    {
        var listed = TextSets.All.Concat(HostTexts.All).Select(s => s.BaseName + ".resources").ToHashSet(StringComparer.Ordinal);
        var embedded = new[] { typeof(TextSets).Assembly, typeof(HostTexts).Assembly }
            .SelectMany(a => a.GetManifestResourceNames())
            .Where(n => n.EndsWith(".resources", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(embedded);
        Assert.Equal([], embedded.Where(n => !listed.Contains(n)));
    }
}
