using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Engine;

public sealed class PromptTests
{
    private static Transcript Ask(string promptId, PromptOptions options, params Prompt[] prompts) =>
        new(AskDialog.Runner(promptId, options, prompts));

    [Fact]
    public void TextPrompt_WithinLimits_Accepts()
    {
        Ask(PromptIds.Text, new PromptOptions { Text = "Partner name?", MinLength = 2, MaxLength = 10 })
            .Send("go").Expect("Partner name?")
            .Send("  EURORDIS  ").Expect("Answer: EURORDIS")
            .ExpectStackEmpty();
    }

    [Fact]
    public void TextPrompt_TooShortOrTooLong_AsksAgainWithReason()
    {
        Ask(PromptIds.Text, new PromptOptions { Text = "Partner name?", RetryText = "Partner name, please?", MinLength = 2, MaxLength = 10 })
            .Send("go").Expect("Partner name?")
            .Send("X").Expect("at least 2 characters", "Partner name, please?")
            .Send("A very long partner name").Expect("keep it to 10 characters (it had 24)", "Partner name, please?")
            .Send("EFPIA").Expect("Answer: EFPIA");
    }

    [Fact]
    public void TextPrompt_ButtonAnswer_IsTheText()
    {
        Ask(PromptIds.Text, new PromptOptions { Text = "Name?" })
            .Send("go").Expect("Name?")
            .Click("From a card").Expect("That card is from an earlier step", "Name?")
            .Send("From the chat").Expect("Answer: From the chat");
    }

    [Theory]
    [InlineData("42", "42")]
    [InlineData("1,500", "1500")]
    [InlineData("seven", "7")]
    [InlineData("-3", "-3")]
    public void NumberPrompt_ReadableNumber_Accepts(string input, string expected)
    {
        Ask(PromptIds.Number, new PromptOptions { Text = "How many?" })
            .Send("go").Expect("How many?")
            .Send(input).Expect($"Answer: {expected}");
    }

    [Theory]
    [InlineData("lots", "I couldn't read a number there.")]
    [InlineData("1,5", "I couldn't read a number there.")]
    [InlineData("2.5", "Please give a whole number.")]
    [InlineData("0", "Please give a number from 1 to 10.")]
    [InlineData("11", "Please give a number from 1 to 10.")]
    public void NumberPrompt_BadNumber_AsksAgainWithReason(string input, string reason)
    {
        Ask(PromptIds.Number, new PromptOptions { Text = "How many?", Min = 1, Max = 10, WholeNumber = true })
            .Send("go").Expect("How many?")
            .Send(input).Expect(reason, "How many?")
            .Send("10").Expect("Answer: 10");
    }

    [Theory]
    [InlineData("yes", "yes")]
    [InlineData("Y", "yes")]
    [InlineData("okay!", "yes")]
    [InlineData("no", "no")]
    [InlineData("n", "no")]
    [InlineData("Nope", "no")]
    public void ConfirmPrompt_YesOrNo_Accepts(string input, string expected)
    {
        Ask(PromptIds.Confirm, new PromptOptions { Text = "Publish?" })
            .Send("go").ExpectChoices("Yes", "No")
            .Send(input).Expect($"Answer: {expected}");
    }

    [Fact]
    public void ConfirmPrompt_ButtonOrOtherText_HandlesBoth()
    {
        Ask(PromptIds.Confirm, new PromptOptions { Text = "Publish?" })
            .Send("go").Expect("Publish? [Yes | No]")
            .Send("maybe").Expect("Please answer **yes** or **no**.", "Publish? [Yes | No]")
            .Click(ConfirmPrompt.NoValue).Expect("Answer: no");
    }

    [Theory]
    [InlineData("2", "med")]
    [InlineData("compliance", "comp")]
    [InlineData("PAG", "pag")]
    [InlineData("publ", "pub")]
    public void ChoicePrompt_TypedAnswer_FindsChoice(string input, string expected)
    {
        Ask(PromptIds.Choice, new PromptOptions { Text = "Your team?", Choices = ChoiceRecognizerTests.Roles })
            .Send("go").ExpectChoices("Patient advocacy group", "Medical affairs", "Public affairs", "Compliance")
            .Send(input).Expect($"Answer: {expected}");
    }

    [Fact]
    public void ChoicePrompt_ButtonValue_FindsChoice()
    {
        Ask(PromptIds.Choice, new PromptOptions { Text = "Your team?", Choices = ChoiceRecognizerTests.Roles })
            .Send("go")
            .Click("pub").Expect("Answer: pub");
    }

    [Theory]
    [InlineData("affairs", "\"affairs\" fits more than one option (Medical affairs, Public affairs): please be more specific.")]
    [InlineData("9", "Please pick a number from 1 to 4.")]
    [InlineData("finance", "I couldn't match \"finance\" to one of the options.")]
    public void ChoicePrompt_NoSingleMatch_AsksAgainWithReason(string input, string reason)
    {
        Ask(PromptIds.Choice, new PromptOptions { Text = "Your team?", Choices = ChoiceRecognizerTests.Roles })
            .Send("go")
            .Send(input).Expect(reason, "Your team?")
            .Send("1").Expect("Answer: pag");
    }

    [Theory]
    [InlineData("1, 3", "pag,pub")]
    [InlineData("3 1", "pag,pub")]
    [InlineData("medical and compliance", "med,comp")]
    [InlineData("legal; 2 and 1", "pag,med,comp")]
    [InlineData("all", "pag,med,pub,comp")]
    [InlineData("Public affairs", "pub")]
    public void MultiChoicePrompt_TypedList_FindsAll(string input, string expected)
    {
        Ask(PromptIds.MultiChoice, new PromptOptions { Text = "Teams involved?", Choices = ChoiceRecognizerTests.Roles })
            .Send("go").Expect("Teams involved? [Patient advocacy group | Medical affairs | Public affairs | Compliance] (several)")
            .Send(input).Expect($"Answer: {expected}");
    }

    [Fact]
    public void MultiChoicePrompt_CardSubmitWithSeveralValues_FindsAll()
    {
        Ask(PromptIds.MultiChoice, new PromptOptions { Text = "Teams involved?", Choices = ChoiceRecognizerTests.Roles })
            .Send("go")
            .Click("comp,med").Expect("Answer: med,comp");
    }

    [Fact]
    public void MultiChoicePrompt_UnknownPartOrTooFew_AsksAgain()
    {
        Ask(PromptIds.MultiChoice, new PromptOptions { Text = "Teams?", Choices = ChoiceRecognizerTests.Roles, MinSelections = 2, MaxAttempts = 5 })
            .Send("go")
            .Send("1, finance").Expect("I couldn't match \"finance\" to one of the options.", "Teams?")
            .Send("none").Expect("I couldn't match \"none\" to one of the options.", "Teams?")
            .Send("2").Expect("Please pick at least 2 options.", "Teams?")
            .Send("2,4").Expect("Answer: med,comp");
    }

    [Fact]
    public void MultiChoicePrompt_NoneAllowed_ReturnsEmpty()
    {
        Ask(PromptIds.MultiChoice, new PromptOptions { Text = "Teams?", Choices = ChoiceRecognizerTests.Roles, MinSelections = 0 })
            .Send("go")
            .Send("none").Expect("Answer: ");
    }

    [Theory]
    [InlineData("2027-03-31", "Got it: Wednesday 31 March 2027.")]
    [InlineData("March 31 2027", "Got it: Wednesday 31 March 2027.")]
    [InlineData("tomorrow", "Got it: Tuesday 2 March 2027.")]
    [InlineData("in 2 weeks", "Got it: Monday 15 March 2027.")]
    public void DatePrompt_ReadableDate_EchoesIt(string input, string echo)
    {
        Ask(PromptIds.Date, new PromptOptions { Text = "Start date?", Suggested = new DateOnly(2027, 4, 1) })
            .Send("go").Expect("Start date? [date 2027-04-01]")
            .Send(input).Expect(echo, "Answer: ");
    }

    [Fact]
    public void DatePrompt_PickerAnswer_EchoesIt()
    {
        Ask(PromptIds.Date, new PromptOptions { Text = "Start date?" })
            .Send("go")
            .Click("2027-12-24").Expect("Got it: Friday 24 December 2027.", "Answer: 2027-12-24");
    }

    [Fact]
    public void DatePrompt_UnreadableImpossibleOrPast_AsksAgainWithReason()
    {
        Ask(PromptIds.Date, new PromptOptions { Text = "Start date?", NotInPast = true, MaxAttempts = 5 })
            .Send("go")
            .Send("soonish").Expect("I couldn't read a date there.", "Start date?")
            .Send("30 February 2027").Expect("There is no 30 February 2027.", "Start date?")
            .Send("2027-02-28").Expect("Sunday 28 February 2027 is in the past (today is Monday 1 March 2027).", "Start date?")
            .Send("today").Expect("Got it: Monday 1 March 2027.", "Answer: 2027-03-01");
    }

    [Theory]
    [InlineData("in 99999999 days")]
    [InlineData("in 2147483647 weeks")]
    [InlineData("in 5000 years")]
    [InlineData("in 99999 months")]
    [InlineData("in 400000 days")]
    public void DatePrompt_FarFutureRelativeDate_SaysTooFarAndAsksAgain(string input)
    {
        // These overflowed DateOnly and threw, which reset the user's dialog and logged an error.
        Ask(PromptIds.Date, new PromptOptions { Text = "Start date?", MaxAttempts = 5 })
            .Send("go")
            .Send(input).Expect("That date is too far away.", "Start date?")
            .Send("2027-12-24").Expect("Got it: Friday 24 December 2027.", "Answer: 2027-12-24");
    }

    [Theory]
    [InlineData("Pacific/Auckland", "Got it: Tuesday 2 March 2027.")]
    [InlineData("America/Los_Angeles", "Got it: Monday 1 March 2027.")]
    [InlineData("Not/AZone", "Got it: Tuesday 2 March 2027.")]
    public void DatePrompt_Today_IsTheUsersDate(string timeZone, string echo)
    {
        // 2 March 2027 01:30 UTC: still 1 March in Los Angeles, already 2 March in Auckland; an unknown zone means UTC.
        var user = new ChannelUser("console", "u1", TimeZone: timeZone);
        new Transcript(AskDialog.Runner(PromptIds.Date, new PromptOptions { Text = "When?" }), user, new DateTimeOffset(2027, 3, 2, 1, 28, 0, TimeSpan.Zero))
            .Send("go")
            .Send("today").Expect(echo, "Answer: ");
    }

    [Fact]
    public void Validator_RefusesAnswer_AsksAgainWithItsMessage()
    {
        var email = new TextPrompt("email")
        {
            Validator = v => v.Value.Contains('@', StringComparison.Ordinal) ? PromptValidation.Valid : PromptValidation.Invalid("That doesn't look like an email address."),
        };

        Ask("email", new PromptOptions { Text = "Email?" }, email)
            .Send("go")
            .Send("alex.example.com").Expect("That doesn't look like an email address.", "Email?")
            .Send("alex@example.com").Expect("Answer: alex@example.com");
    }

    [Fact]
    public void Validator_SeesUsersToday()
    {
        var weekday = new DatePrompt("weekday")
        {
            Validator = v => v.Value.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && v.Value > v.Context.Today
                ? PromptValidation.Invalid("Please pick a working day.")
                : PromptValidation.Valid,
        };

        Ask("weekday", new PromptOptions { Text = "Meeting day?" }, weekday)
            .Send("go")
            .Send("2027-03-06").Expect("Please pick a working day.", "Meeting day?")
            .Send("2027-03-08").Expect("Got it: Monday 8 March 2027.", "Answer: 2027-03-08");
    }

    [Fact]
    public void MaxAttempts_Reached_StopsAndSaysWhy()
    {
        Ask(PromptIds.Number, new PromptOptions { Text = "How many?", MaxAttempts = 2 })
            .Send("go")
            .Send("many").Expect("I couldn't read a number there.", "How many?")
            .Send("lots").Expect("Sorry, I still couldn't understand that after 2 tries, so I stopped here. Nothing from it was saved. Type **help**")
            .ExpectStackEmpty();
    }

    [Fact]
    public void Retry_AfterHelp_DoesNotCountAsAttempt()
    {
        Ask(PromptIds.Number, new PromptOptions { Text = "How many?", MaxAttempts = 2 })
            .Send("go")
            .Send("many").Expect("I couldn't read a number there.", "How many?")
            .Send("help").Expect("Type a number, for example 3.", "How many?")
            .Send("4").Expect("Answer: 4");
    }

    [Fact]
    public void ChoicePrompt_NoOrDuplicateChoices_IsADialogBug()
    {
        Assert.Throws<ArgumentException>(() => Ask(PromptIds.Choice, new PromptOptions { Text = "Pick" }).Send("go"));
        Assert.Throws<ArgumentException>(() =>
            Ask(PromptIds.MultiChoice, new PromptOptions { Text = "Pick", Choices = [new("a"), new("A", "Another")] }).Send("go"));
    }
}
