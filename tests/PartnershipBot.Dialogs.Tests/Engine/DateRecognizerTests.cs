using System.Globalization;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Tests.Engine;

public sealed class DateRecognizerTests
{
    // Monday 1 March 2027.
    private static readonly DateOnly Today = new(2027, 3, 1);

    [Theory]
    [InlineData("2027-03-31", "2027-03-31")]
    [InlineData("2027-4-5", "2027-04-05")]
    [InlineData("2027/04/05", "2027-04-05")]
    [InlineData("today", "2027-03-01")]
    [InlineData("Today.", "2027-03-01")]
    [InlineData("tomorrow", "2027-03-02")]
    [InlineData("the day after tomorrow", "2027-03-03")]
    [InlineData("in 3 days", "2027-03-04")]
    [InlineData("in 1 day", "2027-03-02")]
    [InlineData("in 2 weeks", "2027-03-15")]
    [InlineData("in two weeks", "2027-03-15")]
    [InlineData("in a week", "2027-03-08")]
    [InlineData("in 3 months", "2027-06-01")]
    [InlineData("in a year", "2028-03-01")]
    [InlineData("next week", "2027-03-08")]
    [InlineData("next month", "2027-04-01")]
    [InlineData("next year", "2028-03-01")]
    [InlineData("31 March 2027", "2027-03-31")]
    [InlineData("31 march 2027", "2027-03-31")]
    [InlineData("31st of March 2027", "2027-03-31")]
    [InlineData("31 Mar 2027", "2027-03-31")]
    [InlineData("March 31 2027", "2027-03-31")]
    [InlineData("March 31, 2027", "2027-03-31")]
    [InlineData("on 5 April", "2027-04-05")]
    [InlineData("1 January", "2028-01-01")]
    [InlineData("March 1", "2027-03-01")]
    [InlineData("29 February", "2028-02-29")]
    [InlineData("friday", "2027-03-05")]
    [InlineData("next Friday", "2027-03-05")]
    [InlineData("monday", "2027-03-08")]
    [InlineData("by wed", "2027-03-03")]
    public void Recognize_SupportedForms_ReturnsDate(string input, string expected)
    {
        var match = DateRecognizer.Recognize(input, Today, Languages.English);

        Assert.Equal(DateMatchKind.Found, match.Kind);
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), match.Date);
    }

    [Theory]
    [InlineData("31 February 2027", "There is no 31 February 2027.")]
    [InlineData("2027-02-29", "There is no 29 February 2027.")]
    [InlineData("2027-13-01", "That doesn't look like a real date.")]
    [InlineData("April 31", "There is no 31 April 2027.")]
    public void Recognize_ImpossibleDate_ExplainsWhy(string input, string error)
    {
        var match = DateRecognizer.Recognize(input, Today, Languages.English);

        Assert.Equal(DateMatchKind.Invalid, match.Kind);
        Assert.Equal(error, match.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("in many weeks")]
    [InlineData("31 Smarch 2027")]
    [InlineData("next fortnight")]
    public void Recognize_UnclearText_NoMatch(string input) =>
        Assert.Equal(DateMatchKind.NoMatch, DateRecognizer.Recognize(input, Today, Languages.English).Kind);

    // In English a numeric day/month is 4 March in the UK and 3 April in the US: refused with a sentence, not guessed.
    [Theory]
    [InlineData("03/04/2027")]
    [InlineData("3.4.2027")]
    [InlineData("03/01/2027")]
    public void Recognize_NumericDayMonthInEnglish_RefusedAsAmbiguous(string input)
    {
        var match = DateRecognizer.Recognize(input, Today, Languages.English);

        Assert.Equal(DateMatchKind.Invalid, match.Kind);
        Assert.Contains("means different days in different countries", match.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognize_SameDayAndMonthInEnglish_IsNotAmbiguous() =>
        Assert.Equal(new DateOnly(2027, 12, 12), DateRecognizer.Recognize("12/12/2027", Today, Languages.English).Date);

    // German and French write the day first: 1.3.2027 and 01/03/2027 are 1 March.
    [Theory]
    [InlineData("de-DE", "1.3.2027", "2027-03-01")]
    [InlineData("de-DE", "01.03.2027", "2027-03-01")]
    [InlineData("de-DE", "1.3.27", "2027-03-01")]
    [InlineData("de-DE", "31.3.", "2027-03-31")]
    [InlineData("de-DE", "1.2.", "2028-02-01")]
    [InlineData("de-DE", "31. März 2027", "2027-03-31")]
    [InlineData("de-DE", "5. Mai", "2027-05-05")]
    [InlineData("de-DE", "heute", "2027-03-01")]
    [InlineData("de-DE", "morgen", "2027-03-02")]
    [InlineData("de-DE", "übermorgen", "2027-03-03")]
    [InlineData("de-DE", "in 2 Wochen", "2027-03-15")]
    [InlineData("de-DE", "Freitag", "2027-03-05")]
    [InlineData("de-DE", "2027-03-31", "2027-03-31")]
    [InlineData("de-DE", "31 March 2027", "2027-03-31")]
    [InlineData("fr-FR", "01/03/2027", "2027-03-01")]
    [InlineData("fr-FR", "1/3/2027", "2027-03-01")]
    [InlineData("fr-FR", "1er mars 2027", "2027-03-01")]
    [InlineData("fr-FR", "31 décembre 2027", "2027-12-31")]
    [InlineData("fr-FR", "12 févr. 2028", "2028-02-12")]
    [InlineData("fr-FR", "demain", "2027-03-02")]
    [InlineData("fr-FR", "aujourd'hui", "2027-03-01")]
    [InlineData("fr-FR", "dans 3 jours", "2027-03-04")]
    [InlineData("fr-FR", "vendredi", "2027-03-05")]
    [InlineData("fr-FR", "2027-03-31", "2027-03-31")]
    public void Recognize_InTheUsersLanguage_DayFirst(string locale, string input, string expected)
    {
        var match = DateRecognizer.Recognize(input, Today, Languages.For(locale));

        Assert.Equal(DateMatchKind.Found, match.Kind);
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), match.Date);
    }

    [Theory]
    [InlineData("de-DE", "31.2.2027", "Einen 31. Februar 2027 gibt es nicht.")]
    [InlineData("fr-FR", "31/02/2027", "Il n'y a pas de 31 février 2027.")]
    public void Recognize_ImpossibleDateInTheUsersLanguage_ExplainsInIt(string locale, string input, string error)
    {
        var match = DateRecognizer.Recognize(input, Today, Languages.For(locale));

        Assert.Equal(DateMatchKind.Invalid, match.Kind);
        Assert.Equal(error, match.Error);
    }
}
