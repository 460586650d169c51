namespace PartnershipBot.Dialogs.Texts;

/// <summary>
/// The chat's texts by name (keys of Chat.resx; the other files' keys are in T.Commands.cs and T.Forms.cs), so a call site reads <c>T.DateGotIt.Format(culture, date)</c>
/// and a renamed or removed text fails to compile. A test checks every property has an English, German and
/// French entry.
/// </summary>
#pragma warning disable CA1716, SA1649 // A one-letter name on purpose: it is read at hundreds of call sites.
public static partial class T
#pragma warning restore CA1716, SA1649
{
    /// <summary>Yes</summary>
    public static LocalText AnswerYes { get; } = Chat(nameof(AnswerYes));

    /// <summary>No</summary>
    public static LocalText AnswerNo { get; } = Chat(nameof(AnswerNo));

    /// <summary>None</summary>
    public static LocalText AnswerNone { get; } = Chat(nameof(AnswerNone));

    /// <summary>Please answer **yes** or **no**.</summary>
    public static LocalText ConfirmRetry { get; } = Chat(nameof(ConfirmRetry));

    /// <summary>Answer **yes** or **no** (or press one of the buttons).</summary>
    public static LocalText ConfirmHelp { get; } = Chat(nameof(ConfirmHelp));

    /// <summary>Press a button, or type the option's number (1 to {0}) or its name.</summary>
    public static LocalText ChoiceHelp { get; } = Chat(nameof(ChoiceHelp));

    /// <summary>"{0}" fits more than one option ({1}): please be more specific.</summary>
    public static LocalText ChoiceAmbiguous { get; } = Chat(nameof(ChoiceAmbiguous));

    /// <summary>Please pick a number from 1 to {0}.</summary>
    public static LocalText ChoiceOutOfRange { get; } = Chat(nameof(ChoiceOutOfRange));

    /// <summary>I couldn't match "{0}" to one of the options.</summary>
    public static LocalText ChoiceNoMatch { get; } = Chat(nameof(ChoiceNoMatch));

    /// <summary>Please pick at least one option.</summary>
    public static LocalText MultiChoicePickOne { get; } = Chat(nameof(MultiChoicePickOne));

    /// <summary>Please pick at least {0} options.</summary>
    public static LocalText MultiChoicePickMany { get; } = Chat(nameof(MultiChoicePickMany));

    /// <summary>Pick one or more: type their numbers or names separated by commas (for example **1, 3**) or **all**.</summary>
    public static LocalText MultiChoiceHelp { get; } = Chat(nameof(MultiChoiceHelp));

    /// <summary>Pick one or more: type their numbers or names separated by commas (for example **1, 3**), **all** or **none**.</summary>
    public static LocalText MultiChoiceHelpOrNone { get; } = Chat(nameof(MultiChoiceHelpOrNone));

    /// <summary>I need an answer here.</summary>
    public static LocalText TextEmpty { get; } = Chat(nameof(TextEmpty));

    /// <summary>That is a bit short: please use at least {0} characters.</summary>
    public static LocalText TextTooShort { get; } = Chat(nameof(TextTooShort));

    /// <summary>That is too long: please keep it to {0} characters (it had {1}).</summary>
    public static LocalText TextTooLong { get; } = Chat(nameof(TextTooLong));

    /// <summary>Type your answer in {0} to {1} characters.</summary>
    public static LocalText TextHelpRange { get; } = Chat(nameof(TextHelpRange));

    /// <summary>Type your answer in at most {0} characters.</summary>
    public static LocalText TextHelpMax { get; } = Chat(nameof(TextHelpMax));

    /// <summary>Type your answer in at least {0} characters.</summary>
    public static LocalText TextHelpMin { get; } = Chat(nameof(TextHelpMin));

    /// <summary>Type your answer as a message.</summary>
    public static LocalText TextHelp { get; } = Chat(nameof(TextHelp));

    /// <summary>I couldn't read a number there.</summary>
    public static LocalText NumberUnreadable { get; } = Chat(nameof(NumberUnreadable));

    /// <summary>Please give a whole number.</summary>
    public static LocalText NumberNotWhole { get; } = Chat(nameof(NumberNotWhole));

    /// <summary>Please give a number {0}.</summary>
    public static LocalText NumberOutOfRange { get; } = Chat(nameof(NumberOutOfRange));

    /// <summary>from {0} to {1}</summary>
    public static LocalText NumberRangeFromTo { get; } = Chat(nameof(NumberRangeFromTo));

    /// <summary>of at least {0}</summary>
    public static LocalText NumberRangeAtLeast { get; } = Chat(nameof(NumberRangeAtLeast));

    /// <summary>of at most {0}</summary>
    public static LocalText NumberRangeAtMost { get; } = Chat(nameof(NumberRangeAtMost));

    /// <summary>Type a number{0}, for example {1}.</summary>
    public static LocalText NumberHelp { get; } = Chat(nameof(NumberHelp));

    /// <summary>Type a whole number{0}, for example {1}.</summary>
    public static LocalText NumberHelpWhole { get; } = Chat(nameof(NumberHelpWhole));

    /// <summary>I couldn't read a date there. Try **2027-03-31**, **31 March 2027**, **tomorrow** or **in 2 weeks**.</summary>
    public static LocalText DateUnreadable { get; } = Chat(nameof(DateUnreadable));

    /// <summary>{0} is in the past (today is {1}).</summary>
    public static LocalText DateInPast { get; } = Chat(nameof(DateInPast));

    /// <summary>Got it: {0}.</summary>
    public static LocalText DateGotIt { get; } = Chat(nameof(DateGotIt));

    /// <summary>Pick a date, or type one such as **2027-03-31**, **31 March 2027**, **today**, **tomorrow**, **in 3 days**, **in 2 weeks** or **next month**.</summary>
    public static LocalText DateHelp { get; } = Chat(nameof(DateHelp));

    /// <summary>It can't be in the past.</summary>
    public static LocalText DateHelpNotInPast { get; } = Chat(nameof(DateHelpNotInPast));

    /// <summary>That doesn't look like a real date.</summary>
    public static LocalText DateNotReal { get; } = Chat(nameof(DateNotReal));

    /// <summary>There is no {0} {1} {2}.</summary>
    public static LocalText DateNoSuchDay { get; } = Chat(nameof(DateNoSuchDay));

    /// <summary>That date is too far away.</summary>
    public static LocalText DateTooFar { get; } = Chat(nameof(DateTooFar));

    /// <summary>**{0}** means different days in different countries: please type it as **2027-03-31** or **31 March 2027**.</summary>
    public static LocalText DateAmbiguous { get; } = Chat(nameof(DateAmbiguous));

    /// <summary>You can also type **back** (previous question), **restart** (start this again) or **cancel** (stop).</summary>
    public static LocalText HelpSuffix { get; } = Chat(nameof(HelpSuffix));

    /// <summary>Okay, I cancelled that.</summary>
    public static LocalText Cancelled { get; } = Chat(nameof(Cancelled));

    /// <summary>Nothing from it was saved.</summary>
    public static LocalText CancelledNothingKept { get; } = Chat(nameof(CancelledNothingKept));

    /// <summary>{0} {1} Type **help** to see what I can do.</summary>
    public static LocalText CancelledTail { get; } = Chat(nameof(CancelledTail));

    /// <summary>Cancelled</summary>
    public static LocalText CardCancelled { get; } = Chat(nameof(CardCancelled));

    /// <summary>Skipped</summary>
    public static LocalText CardSkipped { get; } = Chat(nameof(CardSkipped));

    /// <summary>Answered</summary>
    public static LocalText CardAnswered { get; } = Chat(nameof(CardAnswered));

    /// <summary>{0}  **Your answer:** {1}</summary>
    public static LocalText CardYourAnswer { get; } = Chat(nameof(CardYourAnswer));

    /// <summary>Okay, back to the previous question.</summary>
    public static LocalText BackToPrevious { get; } = Chat(nameof(BackToPrevious));

    /// <summary>This is the first question, so there is nothing to go back to.</summary>
    public static LocalText BackAtFirst { get; } = Chat(nameof(BackAtFirst));

    /// <summary>Okay, let's start again.</summary>
    public static LocalText Restarted { get; } = Chat(nameof(Restarted));

    /// <summary>You're in the middle of a question. Type **cancel** to leave it first, then **{0}**.</summary>
    public static LocalText CommandDuringQuestion { get; } = Chat(nameof(CommandDuringQuestion));

    /// <summary>Back to the question. To answer it with the word itself, type it in quotes: "{0}".</summary>
    public static LocalText BackToQuestionQuoted { get; } = Chat(nameof(BackToQuestionQuoted));

    /// <summary>Back to the question:</summary>
    public static LocalText BackToQuestion { get; } = Chat(nameof(BackToQuestion));

    /// <summary>That card is from an earlier step, so I didn't record anything from it. Here is where you are now:</summary>
    public static LocalText StaleCard { get; } = Chat(nameof(StaleCard));

    /// <summary>That button isn't part of this question. Please answer it, or type **cancel** to stop.</summary>
    public static LocalText ForeignButton { get; } = Chat(nameof(ForeignButton));

    /// <summary>Sorry, I still couldn't understand that after {0} tries, so I stopped here.</summary>
    public static LocalText GaveUp { get; } = Chat(nameof(GaveUp));

    /// <summary>This conversation was updated since we last spoke, so I started this part again.</summary>
    public static LocalText UpdatedNotice { get; } = Chat(nameof(UpdatedNotice));

    /// <summary>Type **submit** to finish, or **change** and a number, for example **change 3**.</summary>
    public static LocalText ReviewCommandRetry { get; } = Chat(nameof(ReviewCommandRetry));

    /// <summary>Type **submit** to finish, or **change N** to change an answer.</summary>
    public static LocalText ReviewCommandAsk { get; } = Chat(nameof(ReviewCommandAsk));

    /// <summary>Check the answers above. **change 3** asks question 3 again; **submit** saves the collaboration and gives you the assessment and the checklist.</summary>
    public static LocalText ReviewCommandHelp { get; } = Chat(nameof(ReviewCommandHelp));

    /// <summary>Your changes were not saved; the submitted version stays as it was.</summary>
    public static LocalText ReviewCancelSubmitted { get; } = Chat(nameof(ReviewCancelSubmitted));

    /// <summary>Your draft "{0}" is saved with {1}. Type **new** to carry on.</summary>
    public static LocalText ReviewCancelDraft { get; } = Chat(nameof(ReviewCancelDraft));

    /// <summary>no answers</summary>
    public static LocalText AnswerCountNone { get; } = Chat(nameof(AnswerCountNone));

    /// <summary>1 answer</summary>
    public static LocalText AnswerCountOne { get; } = Chat(nameof(AnswerCountOne));

    /// <summary>{0} answers</summary>
    public static LocalText AnswerCountMany { get; } = Chat(nameof(AnswerCountMany));

    /// <summary>That is before the {0} date ({1}). Please pick a later date.</summary>
    public static LocalText ReviewDateBefore { get; } = Chat(nameof(ReviewDateBefore));

    /// <summary>There is no answer {0}: the list goes from 1 to {1}.</summary>
    public static LocalText ReviewNoSuchAnswer { get; } = Chat(nameof(ReviewNoSuchAnswer));

    /// <summary>"{0}" was rejected in compliance review while you were editing it, so it is closed and your changes were not saved. Type **new** to plan it again.</summary>
    public static LocalText ReviewRejectedWhileEditing { get; } = Chat(nameof(ReviewRejectedWhileEditing));

    /// <summary>Submitted "{0}". Here is the assessment and your checklist.</summary>
    public static LocalText ReviewSubmitted { get; } = Chat(nameof(ReviewSubmitted));

    /// <summary>Saved your changes to "{0}". The assessment and the checklist follow them; ticked items that still apply stay ticked.</summary>
    public static LocalText ReviewResubmitted { get; } = Chat(nameof(ReviewResubmitted));

    /// <summary>Here are your answers:</summary>
    public static LocalText ReviewAnswersHeading { get; } = Chat(nameof(ReviewAnswersHeading));

    /// <summary>Untitled collaboration</summary>
    public static LocalText ReviewUntitled { get; } = Chat(nameof(ReviewUntitled));

    /// <summary>(not answered)</summary>
    public static LocalText NotAnswered { get; } = Chat(nameof(NotAnswered));

    /// <summary>_(translation not yet reviewed by compliance)_</summary>
    public static LocalText TranslationNotReviewed { get; } = Chat(nameof(TranslationNotReviewed));

    /// <summary>{0}  _{1} {2}: {3}_ (source: {4})</summary>
    public static LocalText QuestionHelpSource { get; } = Chat(nameof(QuestionHelpSource));

    /// <summary>{0} and {1}</summary>
    public static LocalText ListAnd { get; } = Chat(nameof(ListAnd));

    /// <summary>I'll speak English with you from now on. Type **language auto** to follow your Teams or Slack language again.</summary>
    public static LocalText LanguageSet { get; } = Chat(nameof(LanguageSet));

    /// <summary>I'll follow the language of your Teams or Slack again.</summary>
    public static LocalText LanguageAuto { get; } = Chat(nameof(LanguageAuto));

    /// <summary>Type **language de**, **language fr** or **language en** to choose my language, or **language auto** to follow your Teams or Slack language. I speak English, German and French.</summary>
    public static LocalText LanguageUsage { get; } = Chat(nameof(LanguageUsage));

    /// <summary>Assessment: {0}</summary>
    public static LocalText AssessmentTitle { get; } = Chat(nameof(AssessmentTitle));

    /// <summary>Guidance</summary>
    public static LocalText CardGuidance { get; } = Chat(nameof(CardGuidance));

    /// <summary>Source</summary>
    public static LocalText CardSource { get; } = Chat(nameof(CardSource));

    /// <summary>Reason source</summary>
    public static LocalText CardReasonSource { get; } = Chat(nameof(CardReasonSource));

    /// <summary>Guidance source</summary>
    public static LocalText CardGuidanceSource { get; } = Chat(nameof(CardGuidanceSource));

    /// <summary>Checklist: {0}</summary>
    public static LocalText ChecklistTitle { get; } = Chat(nameof(ChecklistTitle));

    /// <summary>{0}/{1} done. Tick items here, or type **done 2** / **undo 2** (the item's number).</summary>
    public static LocalText ChecklistSummary { get; } = Chat(nameof(ChecklistSummary));

    /// <summary>{0}/{1} done, {2} overdue. Tick items here, or type **done 2** / **undo 2** (the item's number).</summary>
    public static LocalText ChecklistSummaryOverdue { get; } = Chat(nameof(ChecklistSummaryOverdue));

    /// <summary>Save</summary>
    public static LocalText ChecklistSave { get; } = Chat(nameof(ChecklistSave));

    /// <summary>Let's plan the collaboration. I'll ask about the partner, how it serves patients, the experts, feedback and transparency. Type **help** at any question for why it matters, **back** to go back, **cancel** to stop (your answers are kept).</summary>
    public static LocalText InterviewStart { get; } = Chat(nameof(InterviewStart));

    private static LocalText Chat(string key) => new(key, TextSets.Chat);
}
