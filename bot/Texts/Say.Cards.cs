using System.Globalization;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Texts;

/// <summary>
/// The Teams and Slack chrome by name (keys of Cards.resx): what the channels add themselves around the dialogs'
/// texts (button titles, input labels, modal titles, placeholders and hints, the App Home, the note picker, the
/// review comment's modal and dialog). Texts used as a Slack modal title or button stay within Slack's limits in
/// every language (a test checks). Templates are the neutral markdown; Slack converts **bold** to its own.
/// </summary>
public static partial class Say
{
    /// <summary>Submit</summary>
    public static LocalText CardSubmit { get; } = Text(HostTexts.Cards, nameof(CardSubmit));

    /// <summary>Next</summary>
    public static LocalText CardNext { get; } = Text(HostTexts.Cards, nameof(CardNext));

    /// <summary>Back</summary>
    public static LocalText CardBack { get; } = Text(HostTexts.Cards, nameof(CardBack));

    /// <summary>Close</summary>
    public static LocalText CardClose { get; } = Text(HostTexts.Cards, nameof(CardClose));

    /// <summary>Cancel</summary>
    public static LocalText CardCancel { get; } = Text(HostTexts.Cards, nameof(CardCancel));

    /// <summary>Done</summary>
    public static LocalText CardDoneButton { get; } = Text(HostTexts.Cards, nameof(CardDoneButton));

    /// <summary>Save</summary>
    public static LocalText CardSave { get; } = Text(HostTexts.Cards, nameof(CardSave));

    /// <summary>Show details</summary>
    public static LocalText CardShowDetails { get; } = Text(HostTexts.Cards, nameof(CardShowDetails));

    /// <summary>Fill in a form</summary>
    public static LocalText CardFillInAForm { get; } = Text(HostTexts.Cards, nameof(CardFillInAForm));

    /// <summary>Edit in a form</summary>
    public static LocalText CardEditInAForm { get; } = Text(HostTexts.Cards, nameof(CardEditInAForm));

    /// <summary>Your answer</summary>
    public static LocalText CardYourAnswer { get; } = Text(HostTexts.Cards, nameof(CardYourAnswer));

    /// <summary>Your answers (pick one or more)</summary>
    public static LocalText CardYourAnswers { get; } = Text(HostTexts.Cards, nameof(CardYourAnswers));

    /// <summary>Please choose an option.</summary>
    public static LocalText CardChooseAnOption { get; } = Text(HostTexts.Cards, nameof(CardChooseAnOption));

    /// <summary>Date</summary>
    public static LocalText CardDate { get; } = Text(HostTexts.Cards, nameof(CardDate));

    /// <summary>Please pick a date.</summary>
    public static LocalText CardPickADate { get; } = Text(HostTexts.Cards, nameof(CardPickADate));

    /// <summary>Please answer this question.</summary>
    public static LocalText CardAnswerThisQuestion { get; } = Text(HostTexts.Cards, nameof(CardAnswerThisQuestion));

    /// <summary>Overdue: due {0}</summary>
    public static LocalText CardOverdueDue { get; } = Text(HostTexts.Cards, nameof(CardOverdueDue));

    /// <summary>Due {0}</summary>
    public static LocalText CardDue { get; } = Text(HostTexts.Cards, nameof(CardDue));

    /// <summary>No fixed date</summary>
    public static LocalText CardNoFixedDate { get; } = Text(HostTexts.Cards, nameof(CardNoFixedDate));

    /// <summary>[Download the agreement draft]({0}) from the dashboard (sign in with your work account).</summary>
    public static LocalText TeamsDownloadDraft { get; } = Text(HostTexts.Cards, nameof(TeamsDownloadDraft));

    /// <summary>Done. See the chat.</summary>
    public static LocalText TeamsDialogDone { get; } = Text(HostTexts.Cards, nameof(TeamsDialogDone));

    /// <summary>Done.</summary>
    public static LocalText TeamsActionDone { get; } = Text(HostTexts.Cards, nameof(TeamsActionDone));

    /// <summary>Plan collaborations in your 1:1 chat with PartnershipBot: open it from there.</summary>
    public static LocalText TeamsDialogPersonalOnly { get; } = Text(HostTexts.Cards, nameof(TeamsDialogPersonalOnly));

    /// <summary>This dialog is not one PartnershipBot knows. Type new in the chat to plan a collaboration.</summary>
    public static LocalText TeamsDialogUnknown { get; } = Text(HostTexts.Cards, nameof(TeamsDialogUnknown));

    /// <summary>Choose {0}</summary>
    public static LocalText SlackChooseNumber { get; } = Text(HostTexts.Cards, nameof(SlackChooseNumber));

    /// <summary>_Not every option fits here: you can also type your answers, separated by commas._</summary>
    public static LocalText SlackNotEveryOptionFits { get; } = Text(HostTexts.Cards, nameof(SlackNotEveryOptionFits));

    /// <summary>Pick a date</summary>
    public static LocalText SlackPickADate { get; } = Text(HostTexts.Cards, nameof(SlackPickADate));

    /// <summary>You can also type the date, e.g. 2025-03-31.</summary>
    public static LocalText SlackTypeTheDate { get; } = Text(HostTexts.Cards, nameof(SlackTypeTheDate));

    /// <summary>_Shortened to fit Slack's limits._</summary>
    public static LocalText SlackShortened { get; } = Text(HostTexts.Cards, nameof(SlackShortened));

    /// <summary>Slack can attach the file only in your direct message with PartnershipBot: type **agreement** there.</summary>
    public static LocalText SlackDocumentOnlyInDm { get; } = Text(HostTexts.Cards, nameof(SlackDocumentOnlyInDm));

    /// <summary>Plan a collaboration</summary>
    public static LocalText FormPlanTitle { get; } = Text(HostTexts.Cards, nameof(FormPlanTitle));

    /// <summary>Edit a collaboration</summary>
    public static LocalText FormEditTitle { get; } = Text(HostTexts.Cards, nameof(FormEditTitle));

    /// <summary>Saving your answers… This updates in a moment. They are kept either way: if you close this, carry on in our direct messages.</summary>
    public static LocalText FormSaving { get; } = Text(HostTexts.Cards, nameof(FormSaving));

    /// <summary>I'm very busy right now: please press the button again in a minute. Nothing on this page is lost while it stays open.</summary>
    public static LocalText FormBusy { get; } = Text(HostTexts.Cards, nameof(FormBusy));

    /// <summary>Submitted. The assessment and the checklist are in our direct messages.</summary>
    public static LocalText FormSubmitted { get; } = Text(HostTexts.Cards, nameof(FormSubmitted));

    /// <summary>Sent for review again. The assessment, the checklist and who reviews it are in our direct messages.</summary>
    public static LocalText FormResubmitted { get; } = Text(HostTexts.Cards, nameof(FormResubmitted));

    /// <summary>Your answers are saved. Type **new** in our direct messages to carry on.</summary>
    public static LocalText FormAnswersSaved { get; } = Text(HostTexts.Cards, nameof(FormAnswersSaved));

    /// <summary>The form did not open</summary>
    public static LocalText FormDidNotOpen { get; } = Text(HostTexts.Cards, nameof(FormDidNotOpen));

    /// <summary>Slack did not open it in time. Press the button to try again, or change the answers here: type **edit**.</summary>
    public static LocalText FormNotOpenedEdit { get; } = Text(HostTexts.Cards, nameof(FormNotOpenedEdit));

    /// <summary>Slack did not open it in time. Press the button to try again, or answer the questions here: type **new**.</summary>
    public static LocalText FormNotOpenedNew { get; } = Text(HostTexts.Cards, nameof(FormNotOpenedNew));

    /// <summary>Welcome! I help you plan a collaboration with a patient organisation or a humanitarian partner: a short interview, an assessment against the code's principles, a checklist and reminders for the transparency deadlines. Press **New** to start in our direct message (the **Messages** tab), or **Fill in a form** to answer the same questions a page at a time.</summary>
    public static LocalText HomeWelcome { get; } = Text(HostTexts.Cards, nameof(HomeWelcome));

    /// <summary>New</summary>
    public static LocalText HomeNew { get; } = Text(HostTexts.Cards, nameof(HomeNew));

    /// <summary>Checklist</summary>
    public static LocalText HomeChecklist { get; } = Text(HostTexts.Cards, nameof(HomeChecklist));

    /// <summary>Quiz</summary>
    public static LocalText HomeQuiz { get; } = Text(HostTexts.Cards, nameof(HomeQuiz));

    /// <summary>Open</summary>
    public static LocalText HomeOpen { get; } = Text(HostTexts.Cards, nameof(HomeOpen));

    /// <summary>Edit</summary>
    public static LocalText HomeEdit { get; } = Text(HostTexts.Cards, nameof(HomeEdit));

    /// <summary>Done</summary>
    public static LocalText HomeDone { get; } = Text(HostTexts.Cards, nameof(HomeDone));

    /// <summary>Snooze 1 day</summary>
    public static LocalText HomeSnoozeDay { get; } = Text(HostTexts.Cards, nameof(HomeSnoozeDay));

    /// <summary>Snooze 1 week</summary>
    public static LocalText HomeSnoozeWeek { get; } = Text(HostTexts.Cards, nameof(HomeSnoozeWeek));

    /// <summary>**Your collaborations**</summary>
    public static LocalText HomeYourCollaborations { get; } = Text(HostTexts.Cards, nameof(HomeYourCollaborations));

    /// <summary>…and {0} more: type **list** in our direct message.</summary>
    public static LocalText HomeMoreCollaborations { get; } = Text(HostTexts.Cards, nameof(HomeMoreCollaborations));

    /// <summary>**Your open deadlines**</summary>
    public static LocalText HomeYourDeadlines { get; } = Text(HostTexts.Cards, nameof(HomeYourDeadlines));

    /// <summary>**Your open deadlines** None: nothing is due.</summary>
    public static LocalText HomeNoDeadlines { get; } = Text(HostTexts.Cards, nameof(HomeNoDeadlines));

    /// <summary>…and {0} more: type **reminders** in our direct message.</summary>
    public static LocalText HomeMoreDeadlines { get; } = Text(HostTexts.Cards, nameof(HomeMoreDeadlines));

    /// <summary>your collaboration</summary>
    public static LocalText HomeYourCollaboration { get; } = Text(HostTexts.Cards, nameof(HomeYourCollaboration));

    /// <summary>Status: {0}</summary>
    public static LocalText HomeStatus { get; } = Text(HostTexts.Cards, nameof(HomeStatus));

    /// <summary>Submitted, {0}</summary>
    public static LocalText HomeSubmittedStatus { get; } = Text(HostTexts.Cards, nameof(HomeSubmittedStatus));

    /// <summary>Checklist: {0}/{1} done</summary>
    public static LocalText HomeChecklistProgress { get; } = Text(HostTexts.Cards, nameof(HomeChecklistProgress));

    /// <summary>Next deadline: {0}, {1}</summary>
    public static LocalText HomeNextDeadline { get; } = Text(HostTexts.Cards, nameof(HomeNextDeadline));

    /// <summary>no fixed date</summary>
    public static LocalText HomeNoFixedDate { get; } = Text(HostTexts.Cards, nameof(HomeNoFixedDate));

    /// <summary>**overdue** since {0}</summary>
    public static LocalText HomeOverdueSince { get; } = Text(HostTexts.Cards, nameof(HomeOverdueSince));

    /// <summary>due {0}</summary>
    public static LocalText HomeDueOn { get; } = Text(HostTexts.Cards, nameof(HomeDueOn));

    /// <summary>Add a note</summary>
    public static LocalText NoteTitle { get; } = Text(HostTexts.Cards, nameof(NoteTitle));

    /// <summary>Add note</summary>
    public static LocalText NoteSubmit { get; } = Text(HostTexts.Cards, nameof(NoteSubmit));

    /// <summary>The note shows on the collaboration's page in the compliance dashboard. Anything in it that may be safety information is reported to pharmacovigilance.</summary>
    public static LocalText NoteIntro { get; } = Text(HostTexts.Cards, nameof(NoteIntro));

    /// <summary>Collaboration</summary>
    public static LocalText NoteCollaboration { get; } = Text(HostTexts.Cards, nameof(NoteCollaboration));

    /// <summary>Note</summary>
    public static LocalText NoteText { get; } = Text(HostTexts.Cards, nameof(NoteText));

    /// <summary>You can edit the text before adding it.</summary>
    public static LocalText NoteCanEdit { get; } = Text(HostTexts.Cards, nameof(NoteCanEdit));

    /// <summary>The message has {0} characters; only its first {1} fit here, so the rest is not added. Paste what matters if it was cut.</summary>
    public static LocalText NoteCut { get; } = Text(HostTexts.Cards, nameof(NoteCut));

    /// <summary>Untitled</summary>
    public static LocalText NoteUntitled { get; } = Text(HostTexts.Cards, nameof(NoteUntitled));

    /// <summary>{0} (draft)</summary>
    public static LocalText NoteDraftOption { get; } = Text(HostTexts.Cards, nameof(NoteDraftOption));

    /// <summary>You have no collaborations yet to add a note to. Start one with the **Plan a collaboration** shortcut, **New** on my Home tab, or by typing `new` in our direct messages; then use this shortcut again.</summary>
    public static LocalText NoteNoCollaborations { get; } = Text(HostTexts.Cards, nameof(NoteNoCollaborations));

    /// <summary>All your collaborations are closed (rejected in compliance review), so a note cannot be added to any of them. Start a new one with the **Plan a collaboration** shortcut or by typing `new` in our direct messages.</summary>
    public static LocalText NoteNoneOpen { get; } = Text(HostTexts.Cards, nameof(NoteNoneOpen));

    /// <summary>Please write the note: there is no text to add.</summary>
    public static LocalText NoteEmptyText { get; } = Text(HostTexts.Cards, nameof(NoteEmptyText));

    /// <summary>Please pick the collaboration the note belongs to.</summary>
    public static LocalText NoteNoChoice { get; } = Text(HostTexts.Cards, nameof(NoteNoChoice));

    /// <summary>I'm very busy right now: please press Add note again in a minute.</summary>
    public static LocalText NoteBusy { get; } = Text(HostTexts.Cards, nameof(NoteBusy));

    /// <summary>I couldn't open the note form (Slack said {0}). Please use the shortcut again. Nothing was added.</summary>
    public static LocalText NoteNotOpened { get; } = Text(HostTexts.Cards, nameof(NoteNotOpened));

    /// <summary>Approve</summary>
    public static LocalText ApprovalApprove { get; } = Text(HostTexts.Cards, nameof(ApprovalApprove));

    /// <summary>Reject</summary>
    public static LocalText ApprovalReject { get; } = Text(HostTexts.Cards, nameof(ApprovalReject));

    /// <summary>Request changes</summary>
    public static LocalText ApprovalRequestChanges { get; } = Text(HostTexts.Cards, nameof(ApprovalRequestChanges));

    /// <summary>Request changes</summary>
    public static LocalText ApprovalRequestChangesTitle { get; } = Text(HostTexts.Cards, nameof(ApprovalRequestChangesTitle));

    /// <summary>Request changes in a form</summary>
    public static LocalText ApprovalRequestChangesInForm { get; } = Text(HostTexts.Cards, nameof(ApprovalRequestChangesInForm));

    /// <summary>Reject in a form</summary>
    public static LocalText ApprovalRejectInForm { get; } = Text(HostTexts.Cards, nameof(ApprovalRejectInForm));

    /// <summary>Show review actions</summary>
    public static LocalText ApprovalShowActions { get; } = Text(HostTexts.Cards, nameof(ApprovalShowActions));

    /// <summary>Comment (needed to request changes or reject)</summary>
    public static LocalText ApprovalCommentLabel { get; } = Text(HostTexts.Cards, nameof(ApprovalCommentLabel));

    /// <summary>This review form is not one PartnershipBot knows. Use the buttons on the review card.</summary>
    public static LocalText ApprovalDialogUnknown { get; } = Text(HostTexts.Cards, nameof(ApprovalDialogUnknown));

    /// <summary>Please write a comment: the owner needs it to know what to change.</summary>
    public static LocalText ApprovalCommentNeeded { get; } = Text(HostTexts.Cards, nameof(ApprovalCommentNeeded));

    /// <summary>Recorded: rejected by {0}. The review card is updated and the owner is told, with your comment.</summary>
    public static LocalText CardApprovalRecordedRejected { get; } = Text(HostTexts.Cards, nameof(CardApprovalRecordedRejected));

    /// <summary>Recorded: changes requested by {0}. The review card is updated and the owner is told, with your comment.</summary>
    public static LocalText CardApprovalRecordedChanges { get; } = Text(HostTexts.Cards, nameof(CardApprovalRecordedChanges));

    /// <summary>This review is no longer available.</summary>
    public static LocalText ApprovalNoLongerAvailable { get; } = Text(HostTexts.Cards, nameof(ApprovalNoLongerAvailable));

    /// <summary>{0}: {1}</summary>
    public static LocalText ApprovalDialogHeading { get; } = Text(HostTexts.Cards, nameof(ApprovalDialogHeading));

    /// <summary>Review round {0}. The owner reads your comment with an Edit button, changes the answers and submits again.</summary>
    public static LocalText ApprovalRoundChanges { get; } = Text(HostTexts.Cards, nameof(ApprovalRoundChanges));

    /// <summary>Review round {0}. Rejecting closes the collaboration and withdraws its obligations; the owner reads your comment.</summary>
    public static LocalText ApprovalRoundReject { get; } = Text(HostTexts.Cards, nameof(ApprovalRoundReject));

    /// <summary>What should change? (required)</summary>
    public static LocalText ApprovalWhatShouldChangeRequired { get; } = Text(HostTexts.Cards, nameof(ApprovalWhatShouldChangeRequired));

    /// <summary>Why is it rejected? (required)</summary>
    public static LocalText ApprovalWhyRejectedRequired { get; } = Text(HostTexts.Cards, nameof(ApprovalWhyRejectedRequired));

    /// <summary>Please write a comment.</summary>
    public static LocalText ApprovalWriteComment { get; } = Text(HostTexts.Cards, nameof(ApprovalWriteComment));

    /// <summary>Reject collaboration</summary>
    public static LocalText ApprovalRejectTitle { get; } = Text(HostTexts.Cards, nameof(ApprovalRejectTitle));

    /// <summary>Send to owner</summary>
    public static LocalText ApprovalSendToOwner { get; } = Text(HostTexts.Cards, nameof(ApprovalSendToOwner));

    /// <summary>What should change?</summary>
    public static LocalText ApprovalWhatShouldChange { get; } = Text(HostTexts.Cards, nameof(ApprovalWhatShouldChange));

    /// <summary>Why is it rejected?</summary>
    public static LocalText ApprovalWhyRejected { get; } = Text(HostTexts.Cards, nameof(ApprovalWhyRejected));

    /// <summary>The owner reads this; it is kept with the review.</summary>
    public static LocalText ApprovalCommentHint { get; } = Text(HostTexts.Cards, nameof(ApprovalCommentHint));

    /// <summary>**{0}** (review round {1}) {2} gets your comment with a button to edit; submitting again starts a new review round.</summary>
    public static LocalText ApprovalModalIntroChanges { get; } = Text(HostTexts.Cards, nameof(ApprovalModalIntroChanges));

    /// <summary>**{0}** (review round {1}) Rejecting closes the collaboration and withdraws its reminders. {2} gets your comment.</summary>
    public static LocalText ApprovalModalIntroReject { get; } = Text(HostTexts.Cards, nameof(ApprovalModalIntroReject));

    /// <summary>This collaboration</summary>
    public static LocalText ApprovalThisCollaboration { get; } = Text(HostTexts.Cards, nameof(ApprovalThisCollaboration));

    /// <summary>The owner</summary>
    public static LocalText ApprovalTheOwner { get; } = Text(HostTexts.Cards, nameof(ApprovalTheOwner));

    /// <summary>Please write a comment: the owner needs to know what to change, or why it is rejected.</summary>
    public static LocalText ApprovalEmptyComment { get; } = Text(HostTexts.Cards, nameof(ApprovalEmptyComment));

    /// <summary>I couldn't open the comment form (Slack said {0}). Please click the button again. Nothing was recorded.</summary>
    public static LocalText ApprovalFormNotOpened { get; } = Text(HostTexts.Cards, nameof(ApprovalFormNotOpened));

    /// <summary>Too many clicks in a short time: please wait a moment and submit again.</summary>
    public static LocalText ApprovalBusy { get; } = Text(HostTexts.Cards, nameof(ApprovalBusy));

    /// <summary>I've answered you in your 1:1 chat with me: reviews are personal, so only you can see and act on them there.</summary>
    public static LocalText GroupMovedToPersonalChat { get; } = Text(HostTexts.Cards, nameof(GroupMovedToPersonalChat));

    /// <summary>Reviews are personal, so I only run them in a 1:1 chat. Please open a chat with me and type **help** there.</summary>
    public static LocalText GroupNoPersonalChat { get; } = Text(HostTexts.Cards, nameof(GroupNoPersonalChat));

    /// <summary>Hi, I'm PartnershipBot: I help plan collaborations with patient organisations and humanitarian partners. Reviews are personal, so @mention me with **new** or **help** and I'll carry on with you in a 1:1 chat.</summary>
    public static LocalText GroupWelcome { get; } = Text(HostTexts.Cards, nameof(GroupWelcome));

    /// <summary>Cards for reviews are personal: only their owner can use them, in their own 1:1 chat with me.</summary>
    public static LocalText GroupCardIsPersonal { get; } = Text(HostTexts.Cards, nameof(GroupCardIsPersonal));

    /// <summary>Sorry, PartnershipBot is not available to your organisation. Please ask your IT or compliance team which tools are set up for you.</summary>
    public static LocalText TeamsTenantRefused { get; } = Text(HostTexts.Cards, nameof(TeamsTenantRefused));

    /// <summary>Compliance review: {0}</summary>
    public static LocalText ApprovalHeader { get; } = Text(HostTexts.Cards, nameof(ApprovalHeader));

    /// <summary>Compliance review: {0}. {1}</summary>
    public static LocalText ApprovalFallback { get; } = Text(HostTexts.Cards, nameof(ApprovalFallback));

    /// <summary>**Assessment:** {0}</summary>
    public static LocalText ApprovalAssessment { get; } = Text(HostTexts.Cards, nameof(ApprovalAssessment));

    /// <summary>Strong: {0}</summary>
    public static LocalText ApprovalStrong { get; } = Text(HostTexts.Cards, nameof(ApprovalStrong));

    /// <summary>**Open obligations** {0}</summary>
    public static LocalText CardApprovalOpenObligations { get; } = Text(HostTexts.Cards, nameof(CardApprovalOpenObligations));

    /// <summary>**Check the local code** (the guidance has no confirmed rule) {0}</summary>
    public static LocalText CardApprovalCheckLocalCode { get; } = Text(HostTexts.Cards, nameof(CardApprovalCheckLocalCode));

    /// <summary>- {0}, due {1}</summary>
    public static LocalText ApprovalObligationDue { get; } = Text(HostTexts.Cards, nameof(ApprovalObligationDue));

    /// <summary>No reviewer is configured for this collaboration.</summary>
    public static LocalText CardApprovalNoReviewer { get; } = Text(HostTexts.Cards, nameof(CardApprovalNoReviewer));

    /// <summary>Reviewers: {0}</summary>
    public static LocalText ApprovalReviewers { get; } = Text(HostTexts.Cards, nameof(ApprovalReviewers));

    /// <summary>_Shortened to fit Slack's limits: the whole assessment is on the dashboard._</summary>
    public static LocalText ApprovalShortened { get; } = Text(HostTexts.Cards, nameof(ApprovalShortened));

    /// <summary>Approve this collaboration?</summary>
    public static LocalText ApprovalConfirmTitle { get; } = Text(HostTexts.Cards, nameof(ApprovalConfirmTitle));

    /// <summary>Your name and role are recorded as the compliance sign-off, and the owner is told.</summary>
    public static LocalText ApprovalConfirmText { get; } = Text(HostTexts.Cards, nameof(ApprovalConfirmText));

    /// <summary>Partner</summary>
    public static LocalText ApprovalFactPartner { get; } = Text(HostTexts.Cards, nameof(ApprovalFactPartner));

    /// <summary>Partner type</summary>
    public static LocalText ApprovalFactPartnerType { get; } = Text(HostTexts.Cards, nameof(ApprovalFactPartnerType));

    /// <summary>Countries</summary>
    public static LocalText ApprovalFactCountries { get; } = Text(HostTexts.Cards, nameof(ApprovalFactCountries));

    /// <summary>Starts</summary>
    public static LocalText ApprovalFactStarts { get; } = Text(HostTexts.Cards, nameof(ApprovalFactStarts));

    /// <summary>Support</summary>
    public static LocalText ApprovalFactSupport { get; } = Text(HostTexts.Cards, nameof(ApprovalFactSupport));

    /// <summary>Amount</summary>
    public static LocalText ApprovalFactAmount { get; } = Text(HostTexts.Cards, nameof(ApprovalFactAmount));

    /// <summary>Owner</summary>
    public static LocalText ApprovalFactOwner { get; } = Text(HostTexts.Cards, nameof(ApprovalFactOwner));

}
