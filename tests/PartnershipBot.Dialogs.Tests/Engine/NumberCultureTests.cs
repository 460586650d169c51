using System.Globalization;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Tests.Engine;

/// <summary>Typed numbers as each language writes them, through the number prompt's own parser.</summary>
public sealed class NumberCultureTests
{
    [Theory]
    [InlineData("en", "25000", "25000")]
    [InlineData("en", "25,000", "25000")]
    [InlineData("en", "25 000", "25000")]
    [InlineData("en", "2.5", "2.5")]
    [InlineData("de-DE", "25.000", "25000")]
    [InlineData("de-DE", "25 000", "25000")]
    [InlineData("de-DE", "1,5", "1.5")]
    [InlineData("de-DE", "1.234.567,89", "1234567.89")]
    [InlineData("de-DE", "2.5", "2.5")]
    [InlineData("de-DE", "1,500", "1.5")]
    [InlineData("fr-FR", "25 000", "25000")]
    [InlineData("fr-FR", "25\u00A0000", "25000")]
    [InlineData("fr-FR", "25\u202F000,50", "25000.5")]
    [InlineData("fr-FR", "1,5", "1.5")]
    public void TryParse_ReadsTheCulturesWriting(string locale, string typed, string expected)
    {
        Assert.True(NumberPrompt.TryParse(typed, Languages.For(locale), out var number));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), number);
    }

    // English keeps refusing a comma that is not a thousands separator: "1,5" could be 1.5 or 15.
    [Fact]
    public void TryParse_DecimalCommaInEnglish_Refused() => Assert.False(NumberPrompt.TryParse("1,5", Languages.English, out _));

    [Theory]
    [InlineData("en", "25,000.5")]
    [InlineData("de-DE", "25.000,5")]
    [InlineData("fr-FR", "25\u202F000,5")]
    public void Number_WrittenAsTheCultureWritesIt(string locale, string expected) =>
        Assert.Equal(expected, CultureFormat.Number(25000.5m, Languages.For(locale)));

    [Theory]
    [InlineData("en-US", "Wednesday 31 March 2027")]
    [InlineData("de-DE", "Mittwoch, 31. März 2027")]
    [InlineData("fr-FR", "mercredi 31 mars 2027")]
    public void LongDate_WrittenAsTheCultureWritesIt(string locale, string expected) =>
        Assert.Equal(expected, CultureFormat.LongDate(new DateOnly(2027, 3, 31), Languages.For(locale)));
}
