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

    private static LocalText Commands(string key) => new(key, TextSets.Commands);
}
