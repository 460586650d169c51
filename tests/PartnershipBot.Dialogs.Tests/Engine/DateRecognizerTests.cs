using System.Globalization;
using PartnershipBot.Dialogs.Engine;

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
        var match = DateRecognizer.Recognize(input, Today);

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
        var match = DateRecognizer.Recognize(input, Today);

        Assert.Equal(DateMatchKind.Invalid, match.Kind);
        Assert.Equal(error, match.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("03/04/2027")]
    [InlineData("in many weeks")]
    [InlineData("31 Smarch 2027")]
    [InlineData("next fortnight")]
    public void Recognize_UnclearText_NoMatch(string input) =>
        Assert.Equal(DateMatchKind.NoMatch, DateRecognizer.Recognize(input, Today).Kind);
}
