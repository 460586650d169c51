namespace PartnershipBot.Dialogs.Texts;

/// <summary>The commands' texts by name (keys of Commands.resx): the main menu, list, status, checklist, deadlines, quiz, reminders, notes, link.</summary>
public static partial class T
{
    /// <summary>That button belongs to a question that is already closed. Type **help** to see what I can do.</summary>
    public static LocalText ButtonClosed { get; } = Commands(nameof(ButtonClosed));

    /// <summary>Hello, {0}! I'm **PartnershipBot**. I help pharma teams plan collaborations with patient organisations and humanitarian partners.</summary>
    public static LocalText MainGreetingNamed { get; } = Commands(nameof(MainGreetingNamed));

    /// <summary>Hello! I'm **PartnershipBot**. I help pharma teams plan collaborations with patient organisations and humanitarian partners.</summary>
    public static LocalText MainGreeting { get; } = Commands(nameof(MainGreeting));

    /// <summary>Here is what you can type:</summary>
    public static LocalText MainHelpIntro { get; } = Commands(nameof(MainHelpIntro));

    /// <summary>show this list</summary>
    public static LocalText MainHelpDescription { get; } = Commands(nameof(MainHelpDescription));

    /// <summary>While I'm asking you something, you can also type **help**, **back**, **restart** or **cancel**.</summary>
    public static LocalText MainHelpWhileAsking { get; } = Commands(nameof(MainHelpWhileAsking));

    /// <summary>I didn't catch that. Try **help**. Commands: {0}.</summary>
    public static LocalText MainNotUnderstood { get; } = Commands(nameof(MainNotUnderstood));

    /// <summary>plan a new collaboration (or carry on with your draft)</summary>
    public static LocalText HelpNew { get; } = Commands(nameof(HelpNew));

    /// <summary>your collaborations</summary>
    public static LocalText HelpList { get; } = Commands(nameof(HelpList));

    /// <summary>switch to collaboration N from the list</summary>
    public static LocalText HelpOpen { get; } = Commands(nameof(HelpOpen));

    /// <summary>progress and the next deadlines</summary>
    public static LocalText HelpStatus { get; } = Commands(nameof(HelpStatus));

    /// <summary>the assessment of the current collaboration</summary>
    public static LocalText HelpAssessment { get; } = Commands(nameof(HelpAssessment));

    /// <summary>the checklist, to tick off items</summary>
    public static LocalText HelpChecklist { get; } = Commands(nameof(HelpChecklist));

    /// <summary>tick checklist item N</summary>
    public static LocalText HelpDone { get; } = Commands(nameof(HelpDone));

    /// <summary>untick checklist item N</summary>
    public static LocalText HelpUndo { get; } = Commands(nameof(HelpUndo));

    /// <summary>change the answers of the current collaboration</summary>
    public static LocalText HelpEdit { get; } = Commands(nameof(HelpEdit));

    /// <summary>your upcoming transparency deadlines and their reminders</summary>
    public static LocalText HelpReminders { get; } = Commands(nameof(HelpReminders));

    /// <summary>an extra reminder about deadline N</summary>
    public static LocalText HelpRemindMe { get; } = Commands(nameof(HelpRemindMe));

    /// <summary>a draft of the written agreement, built from your answers</summary>
    public static LocalText HelpAgreement { get; } = Commands(nameof(HelpAgreement));

    /// <summary>five scenario questions to test yourself</summary>
    public static LocalText HelpQuiz { get; } = Commands(nameof(HelpQuiz));

    /// <summary>link this account with your account in the other channel (Teams or Slack)</summary>
    public static LocalText HelpLink { get; } = Commands(nameof(HelpLink));

    /// <summary>separate this account from your linked accounts</summary>
    public static LocalText HelpUnlink { get; } = Commands(nameof(HelpUnlink));

    /// <summary>where reminders go when your accounts are linked: slack, teams or last used</summary>
    public static LocalText HelpRemindersIn { get; } = Commands(nameof(HelpRemindersIn));

    /// <summary>Choose the language I speak with you (German, French or English), or follow your Teams or Slack language.</summary>
    public static LocalText HelpLanguage { get; } = Commands(nameof(HelpLanguage));

    /// <summary>add a note to your latest safety report (it still goes to pharmacovigilance)</summary>
    public static LocalText HelpSafetyNote { get; } = Commands(nameof(HelpSafetyNote));

    /// <summary>You have no collaborations yet. Type **new** to plan one.</summary>
    public static LocalText CmdNoCollaborations { get; } = Commands(nameof(CmdNoCollaborations));

    /// <summary>Carrying on with your draft "{0}" ({1} so far). Type **cancel** at any question to stop; the draft is kept.</summary>
    public static LocalText CmdCarryOnDraft { get; } = Commands(nameof(CmdCarryOnDraft));

    /// <summary>Prefer a form?</summary>
    public static LocalText CmdFormOfferTitle { get; } = Commands(nameof(CmdFormOfferTitle));

    /// <summary>Answer the same questions a page at a time. Each page is saved, so you can close the form and carry on here.</summary>
    public static LocalText CmdFormOfferText { get; } = Commands(nameof(CmdFormOfferText));

    /// <summary>Fill in a form</summary>
    public static LocalText CmdFormOfferButton { get; } = Commands(nameof(CmdFormOfferButton));

    /// <summary>"{0}" was rejected in compliance review and is closed, so it cannot be edited. Type **new** to plan a new collaboration.</summary>
    public static LocalText CmdEditClosed { get; } = Commands(nameof(CmdEditClosed));

    /// <summary>Editing "{0}". Change any answer, then submit again.</summary>
    public static LocalText CmdEditing { get; } = Commands(nameof(CmdEditing));

    /// <summary>Your collaborations:</summary>
    public static LocalText CmdListHeading { get; } = Commands(nameof(CmdListHeading));

    /// <summary>draft, {0}</summary>
    public static LocalText CmdListDraft { get; } = Commands(nameof(CmdListDraft));

    /// <summary>closed: rejected in review</summary>
    public static LocalText CmdListClosed { get; } = Commands(nameof(CmdListClosed));

    /// <summary>submitted, {0}, checklist {1}/{2}</summary>
    public static LocalText CmdListSubmittedReview { get; } = Commands(nameof(CmdListSubmittedReview));

    /// <summary>submitted, checklist {0}/{1}</summary>
    public static LocalText CmdListSubmitted { get; } = Commands(nameof(CmdListSubmitted));

    /// <summary> ← current</summary>
    public static LocalText CmdListCurrent { get; } = Commands(nameof(CmdListCurrent));

    /// <summary>Type **open N** to switch.</summary>
    public static LocalText CmdListOpenHint { get; } = Commands(nameof(CmdListOpenHint));

    /// <summary>That collaboration is not among yours. Type **list** to see them.</summary>
    public static LocalText CmdOpenNotYours { get; } = Commands(nameof(CmdOpenNotYours));

    /// <summary>Now working on "{0}".</summary>
    public static LocalText CmdNowWorkingOn { get; } = Commands(nameof(CmdNowWorkingOn));

    /// <summary>Type **open** and a number from 1 to {0}; **list** shows them.</summary>
    public static LocalText CmdOpenUsage { get; } = Commands(nameof(CmdOpenUsage));

    /// <summary>Now working on "{0}". Type **status**, **checklist** or **edit**.</summary>
    public static LocalText CmdNowWorkingOnNext { get; } = Commands(nameof(CmdNowWorkingOnNext));

    /// <summary>"{0}" is a draft with {1}. Type **new** to carry on.</summary>
    public static LocalText CmdStatusDraft { get; } = Commands(nameof(CmdStatusDraft));

    /// <summary>**{0}**: checklist {1}/{2} done.</summary>
    public static LocalText CmdStatusChecklist { get; } = Commands(nameof(CmdStatusChecklist));

    /// <summary>Next deadlines:</summary>
    public static LocalText CmdStatusNextDeadlines { get; } = Commands(nameof(CmdStatusNextDeadlines));

    /// <summary> (overdue)</summary>
    public static LocalText CmdOverdue { get; } = Commands(nameof(CmdOverdue));

    /// <summary>Review: awaiting review (round {0}).</summary>
    public static LocalText CmdReviewAwaiting { get; } = Commands(nameof(CmdReviewAwaiting));

    /// <summary>Review: approved by {0}{1} on {2} (round {3}).</summary>
    public static LocalText CmdReviewApproved { get; } = Commands(nameof(CmdReviewApproved));

    /// <summary>Review: changes requested by {0}{1} on {2}: "{3}". Type **edit** to change the answers, then submit again.</summary>
    public static LocalText CmdReviewChanges { get; } = Commands(nameof(CmdReviewChanges));

    /// <summary>Review: rejected by {0}{1} on {2}: "{3}". The collaboration is closed.</summary>
    public static LocalText CmdReviewRejected { get; } = Commands(nameof(CmdReviewRejected));

    /// <summary>"{0}" is still a draft. Type **new** to finish and submit it; the agreement draft is built from the submitted answers.</summary>
    public static LocalText CmdAgreementDraft { get; } = Commands(nameof(CmdAgreementDraft));

    /// <summary>Here is a draft of the written agreement for "{0}", built from your answers and the content pack's rules. It is a starting point for legal, not a document to sign: the company's own texts show as placeholders where the pack does not set them.</summary>
    public static LocalText CmdAgreementHere { get; } = Commands(nameof(CmdAgreementHere));

    /// <summary>There is no collaboration "{0}". **list** shows their numbers.</summary>
    public static LocalText CmdChecklistNoSuch { get; } = Commands(nameof(CmdChecklistNoSuch));

    /// <summary>"{0}" is still a draft: the checklist comes when you submit it. Type **new** to carry on.</summary>
    public static LocalText CmdChecklistDraft { get; } = Commands(nameof(CmdChecklistDraft));

    /// <summary>There is no submitted collaboration with a checklist yet. Type **new** to plan one, or **list** to pick one.</summary>
    public static LocalText CmdChecklistNone { get; } = Commands(nameof(CmdChecklistNone));

    /// <summary>Type **{0}** and an item number from 1 to {1}; **checklist** shows them.</summary>
    public static LocalText CmdChecklistToggleUsage { get; } = Commands(nameof(CmdChecklistToggleUsage));

    /// <summary>Ticked item {0}: {1} Checklist: {2}/{3} done.</summary>
    public static LocalText CmdChecklistTicked { get; } = Commands(nameof(CmdChecklistTicked));

    /// <summary>Unticked item {0}: {1} Checklist: {2}/{3} done.</summary>
    public static LocalText CmdChecklistUnticked { get; } = Commands(nameof(CmdChecklistUnticked));

    /// <summary>That checklist is no longer available. Type **checklist** for the current one.</summary>
    public static LocalText CmdChecklistGone { get; } = Commands(nameof(CmdChecklistGone));

    /// <summary>That message has no text I could add as a note.</summary>
    public static LocalText CmdNoteEmpty { get; } = Commands(nameof(CmdNoteEmpty));

    /// <summary>That collaboration is not one of yours (or no longer exists), so I did not add the note. Use the shortcut again and pick one from the list.</summary>
    public static LocalText CmdNoteNotYours { get; } = Commands(nameof(CmdNoteNotYours));

    /// <summary>"{0}" was rejected in compliance review and is closed, so I did not add the note.</summary>
    public static LocalText CmdNoteClosed { get; } = Commands(nameof(CmdNoteClosed));

    /// <summary>Added to "{0}" as a note. It shows on the collaboration's page in the compliance dashboard.</summary>
    public static LocalText CmdNoteAdded { get; } = Commands(nameof(CmdNoteAdded));

    /// <summary>Added to "{0}" as a note (shortened to its first {1} characters). It shows on the collaboration's page in the compliance dashboard.</summary>
    public static LocalText CmdNoteAddedShortened { get; } = Commands(nameof(CmdNoteAddedShortened));

    /// <summary>Quiz stopped after {0} question(s); this round is not scored.</summary>
    public static LocalText QuizStopped { get; } = Commands(nameof(QuizStopped));

    /// <summary>**Question {0} of {1}.** {2}</summary>
    public static LocalText QuizQuestion { get; } = Commands(nameof(QuizQuestion));

    /// <summary>Pick the option that fits the guidance best. This question is about {0}.</summary>
    public static LocalText QuizHelp { get; } = Commands(nameof(QuizHelp));

    /// <summary>**Correct.** {0} _({1})_</summary>
    public static LocalText QuizCorrect { get; } = Commands(nameof(QuizCorrect));

    /// <summary>**Not quite.** The best answer is: {0}. {1} _({2})_</summary>
    public static LocalText QuizNotQuite { get; } = Commands(nameof(QuizNotQuite));

    /// <summary>You scored **{0}/{1}**, your best yet. Type **quiz** to try another round.</summary>
    public static LocalText QuizScoreBest { get; } = Commands(nameof(QuizScoreBest));

    /// <summary>You scored **{0}/{1}**. Your best so far is {2}/{1}. Type **quiz** to try another round.</summary>
    public static LocalText QuizScore { get; } = Commands(nameof(QuizScore));

    /// <summary>{0}; source: {1}</summary>
    public static LocalText QuizCitation { get; } = Commands(nameof(QuizCitation));

    /// <summary>That collaboration is no longer available. Type **list** to see yours.</summary>
    public static LocalText RemindCollaborationGone { get; } = Commands(nameof(RemindCollaborationGone));

    /// <summary>That reminder is no longer available. Type **reminders** to see your deadlines.</summary>
    public static LocalText RemindGone { get; } = Commands(nameof(RemindGone));

    /// <summary>"{0}" ({1})</summary>
    public static LocalText RemindTitle { get; } = Commands(nameof(RemindTitle));

    /// <summary>your collaboration</summary>
    public static LocalText RemindYourCollaboration { get; } = Commands(nameof(RemindYourCollaboration));

    /// <summary>{0} was already marked done by {1} on {2}.</summary>
    public static LocalText RemindAlreadyDone { get; } = Commands(nameof(RemindAlreadyDone));

    /// <summary>{0} no longer applies after the answers changed, so there is nothing to remind you of.</summary>
    public static LocalText RemindNoLongerApplies { get; } = Commands(nameof(RemindNoLongerApplies));

    /// <summary>{0} cannot be marked done yet: the collaboration is {1}, and the agreement is signed only after compliance approves it. Type **status** to see where the review stands.</summary>
    public static LocalText RemindNotApprovedYet { get; } = Commands(nameof(RemindNotApprovedYet));

    /// <summary>Marked done: {0}. I won't remind you about it again. Source: {1}.</summary>
    public static LocalText RemindMarkedDone { get; } = Commands(nameof(RemindMarkedDone));

    /// <summary>Snoozed {0} for {1}: I'll remind you again on {2}.</summary>
    public static LocalText RemindSnoozed { get; } = Commands(nameof(RemindSnoozed));

    /// <summary>a day</summary>
    public static LocalText RemindSnoozeDay { get; } = Commands(nameof(RemindSnoozeDay));

    /// <summary>a week</summary>
    public static LocalText RemindSnoozeWeek { get; } = Commands(nameof(RemindSnoozeWeek));

    /// <summary>{0} days</summary>
    public static LocalText RemindSnoozeDays { get; } = Commands(nameof(RemindSnoozeDays));

    /// <summary>No disclosure deadlines are open for your collaborations.</summary>
    public static LocalText DeadlinesNoneOpen { get; } = Commands(nameof(DeadlinesNoneOpen));

    /// <summary>You have no submitted collaborations yet, so there are no disclosure deadlines. Type **new** to plan one.</summary>
    public static LocalText DeadlinesNoSubmitted { get; } = Commands(nameof(DeadlinesNoSubmitted));

    /// <summary>{0}. {1}: {2} from {3}, next {4} (also {5})</summary>
    public static LocalText DeadlinesRecurring { get; } = Commands(nameof(DeadlinesRecurring));

    /// <summary>{0}. {1}: {2}; {3} more: {4}</summary>
    public static LocalText DeadlinesIrregular { get; } = Commands(nameof(DeadlinesIrregular));

    /// <summary>Done lately</summary>
    public static LocalText DeadlinesDoneLately { get; } = Commands(nameof(DeadlinesDoneLately));

    /// <summary>- {0}, marked done by {1} on {2}</summary>
    public static LocalText DeadlinesDoneLine { get; } = Commands(nameof(DeadlinesDoneLine));

    /// <summary>Type **remind me about N on DATE** for an extra reminder about one of them.</summary>
    public static LocalText DeadlinesRemindHint { get; } = Commands(nameof(DeadlinesRemindHint));

    /// <summary>Showing the first {0} of {1}.</summary>
    public static LocalText DeadlinesShowingFirst { get; } = Commands(nameof(DeadlinesShowingFirst));

    /// <summary>Your upcoming transparency deadlines</summary>
    public static LocalText DeadlinesTitle { get; } = Commands(nameof(DeadlinesTitle));

    /// <summary>Type **remind me about N on DATE**, for example "remind me about 2 on 1 March 2027"; **reminders** shows the numbers.</summary>
    public static LocalText DeadlinesRemindUsage { get; } = Commands(nameof(DeadlinesRemindUsage));

    /// <summary>You have no open disclosure deadlines to be reminded about.</summary>
    public static LocalText DeadlinesNothingToRemind { get; } = Commands(nameof(DeadlinesNothingToRemind));

    /// <summary>There is no deadline {0}. {1}</summary>
    public static LocalText DeadlinesNoSuch { get; } = Commands(nameof(DeadlinesNoSuch));

    /// <summary>I could not read "{0}" as a date. Try "in 2 weeks" or "1 March 2027".</summary>
    public static LocalText DeadlinesDateUnreadable { get; } = Commands(nameof(DeadlinesDateUnreadable));

    /// <summary>{0} has passed; pick today or a later day.</summary>
    public static LocalText DeadlinesDatePassed { get; } = Commands(nameof(DeadlinesDatePassed));

    /// <summary>I'll remind you about "{0}" on {1}.</summary>
    public static LocalText DeadlinesWillRemind { get; } = Commands(nameof(DeadlinesWillRemind));

    /// <summary>no fixed date</summary>
    public static LocalText DeadlinesNoFixedDate { get; } = Commands(nameof(DeadlinesNoFixedDate));

    /// <summary>every month</summary>
    public static LocalText DeadlinesEveryMonth { get; } = Commands(nameof(DeadlinesEveryMonth));

    /// <summary>every year</summary>
    public static LocalText DeadlinesEveryYear { get; } = Commands(nameof(DeadlinesEveryYear));

    /// <summary>every {0} months</summary>
    public static LocalText DeadlinesEveryMonths { get; } = Commands(nameof(DeadlinesEveryMonths));

    /// <summary>Reminders could not be delivered: {0}.</summary>
    public static LocalText DeadlinesUndelivered { get; } = Commands(nameof(DeadlinesUndelivered));

    /// <summary>snoozed until {0}</summary>
    public static LocalText DeadlinesSnoozedUntil { get; } = Commands(nameof(DeadlinesSnoozedUntil));

    /// <summary>next reminder {0}</summary>
    public static LocalText DeadlinesNextReminder { get; } = Commands(nameof(DeadlinesNextReminder));

    /// <summary>terminal</summary>
    public static LocalText LinkTerminal { get; } = Commands(nameof(LinkTerminal));

    /// <summary>Linking works in a private chat with me only: a code posted here could be used by anyone who reads it.</summary>
    public static LocalText LinkPrivateOnly { get; } = Commands(nameof(LinkPrivateOnly));

    /// <summary>You asked for {0} link codes in the last hour, which is the limit. Please use the latest one, or try again later.</summary>
    public static LocalText LinkRateLimited { get; } = Commands(nameof(LinkRateLimited));

    /// <summary>Your link code is **{0}**. Within 10 minutes, type **link {0}** in your private chat with me in {1}, and your {2} and {1} accounts become one: the same collaborations, checklists, deadlines and reminders in both. The code works once; keep it to yourself.</summary>
    public static LocalText LinkYourCode { get; } = Commands(nameof(LinkYourCode));

    /// <summary>That is not a code I gave out. Check it, or type **link** in your other channel for a new one.</summary>
    public static LocalText LinkNotACode { get; } = Commands(nameof(LinkNotACode));

    /// <summary>That code is for your other account: type **link {0}** in your private chat with me in your other channel, not here.</summary>
    public static LocalText LinkOwnCode { get; } = Commands(nameof(LinkOwnCode));

    /// <summary>These accounts are already linked.</summary>
    public static LocalText LinkAlreadyLinked { get; } = Commands(nameof(LinkAlreadyLinked));

    /// <summary>That code was already used; a code works once. Type **link** in your other channel for a new one.</summary>
    public static LocalText LinkCodeUsed { get; } = Commands(nameof(LinkCodeUsed));

    /// <summary>That code has expired: codes last 10 minutes. Type **link** in your other channel for a new one.</summary>
    public static LocalText LinkCodeExpired { get; } = Commands(nameof(LinkCodeExpired));

    /// <summary>That code comes from another {0} account. You can link one account per channel: type the code in your other channel.</summary>
    public static LocalText LinkSameChannel { get; } = Commands(nameof(LinkSameChannel));

    /// <summary>This account is already linked to another person's accounts. Type **unlink** here first, then **link {0}** again.</summary>
    public static LocalText LinkLinkedElsewhere { get; } = Commands(nameof(LinkLinkedElsewhere));

    /// <summary>The account that made this code is already linked to another {0} account. Type **unlink** in that account first.</summary>
    public static LocalText LinkOwnerLinkedElsewhere { get; } = Commands(nameof(LinkOwnerLinkedElsewhere));

    /// <summary>Linked: this {0} account and your {1} account are now one person. **list**, **status** and **checklist** show your collaborations from both, and each reminder comes once, in the channel you used last (or type **reminders in slack** or **reminders in teams**). Type **unlink** to separate them again.</summary>
    public static LocalText LinkLinked { get; } = Commands(nameof(LinkLinked));

    /// <summary>This account is not linked to any other.</summary>
    public static LocalText LinkNotLinked { get; } = Commands(nameof(LinkNotLinked));

    /// <summary> and </summary>
    public static LocalText LinkJoinAnd { get; } = Commands(nameof(LinkJoinAnd));

    /// <summary>Unlinked: this {0} account is on its own again. The collaborations you created here stay with it; those created in {1} stay there.</summary>
    public static LocalText LinkUnlinked { get; } = Commands(nameof(LinkUnlinked));

    /// <summary>Type **reminders in slack**, **reminders in teams**, or **reminders in last** for the channel you used last.</summary>
    public static LocalText LinkRemindersUsage { get; } = Commands(nameof(LinkRemindersUsage));

    /// <summary>Your reminders come to this account: it is not linked to another. Type **link** to link your Teams and Slack accounts first.</summary>
    public static LocalText LinkRemindersNotLinked { get; } = Commands(nameof(LinkRemindersNotLinked));

    /// <summary>Reminders now come to the channel you used last.</summary>
    public static LocalText LinkRemindersLast { get; } = Commands(nameof(LinkRemindersLast));

    /// <summary>You have no linked {0} account. Type **link** there first.</summary>
    public static LocalText LinkRemindersNoAccount { get; } = Commands(nameof(LinkRemindersNoAccount));

    /// <summary>Reminders now come to you in {0}, once each.</summary>
    public static LocalText LinkRemindersIn { get; } = Commands(nameof(LinkRemindersIn));

    private static LocalText Commands(string key) => new(key, TextSets.Commands);
}
