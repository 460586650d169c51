using System.Globalization;
using System.Reflection;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Tests.Texts;

/// <summary>Every dialogs text (Chat, Commands, Forms) exists in English, German and French, with the same placeholders, and formats safely.</summary>
public sealed class ChatTextsTests
{
    private static readonly IReadOnlyList<LocalText> Typed =
        [.. typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => (LocalText)p.GetValue(null)!)];

    [Fact]
    public void EveryEnglishText_HasAGermanAndAFrenchEntry() =>
        Assert.Empty(TextSets.Missing(TextSets.All).Select(m => $"{m.Language}: {m.Key}"));

    [Fact]
    public void EveryTypedName_IsAnEnglishTextOfItsFile()
    {
        foreach (var set in TextSets.All)
        {
            var english = TextSet.Keys(set.Resources, CultureInfo.InvariantCulture);
            var typed = Typed.Where(t => t.Set == set).Select(t => t.Key);
            Assert.Equal(english.Order(StringComparer.Ordinal), typed.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void EveryTranslation_HasTheEnglishPlaceholders() => Assert.Empty(TextSets.WrongPlaceholders(Typed));

    [Fact]
    public void Format_EscapesItsArguments_InEveryLanguage()
    {
        foreach (var culture in Languages.All)
        {
            var text = T.ReviewSubmitted.Format(culture, "[click](https://x) **now**");

            Assert.Contains(@"\[click\]\(https://x\) \*\*now\*\*", text.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Format_WritesDatesAndNumbersInTheCulture()
    {
        Assert.Equal("Verstanden: Mittwoch, 31. März 2027.", T.DateGotIt.Format(Languages.For("de-DE"), new DateOnly(2027, 3, 31)).Value);
        Assert.Equal("C'est noté : mercredi 31 mars 2027.", T.DateGotIt.Format(Languages.For("fr-FR"), new DateOnly(2027, 3, 31)).Value);
        Assert.Equal("Got it: Wednesday 31 March 2027.", T.DateGotIt.Format(Languages.For("en-US"), new DateOnly(2027, 3, 31)).Value);
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("", "en")]
    [InlineData("de-DE", "de-DE")]
    [InlineData("de-AT", "de-AT")]
    [InlineData("fr_CA", "fr-CA")]
    [InlineData("en-US", "en-US")]
    [InlineData("es-ES", "en")]
    [InlineData("not a locale!", "en")]
    public void Languages_For_KeepsSupportedCulturesAndFallsBackToEnglish(string? locale, string expected) =>
        Assert.Equal(expected, Languages.For(locale).Name);

    /// <summary>A missing translation shows the English text: the resource manager's parent chain, checked on a set that lacks one.</summary>
    [Fact]
    public void MissingTranslation_FallsBackToEnglish()
    {
        var resources = new System.Resources.ResourceManager("PartnershipBot.Dialogs.Tests.Texts.Sample", typeof(ChatTextsTests).Assembly);

        Assert.Equal("Only in English", resources.GetString("OnlyEnglish", Languages.German));
        Assert.Equal("Auf Deutsch", resources.GetString("Both", Languages.German));
        Assert.Equal([("de", "OnlyEnglish")], TextSet.Missing(resources, [Languages.German]));
    }

}
