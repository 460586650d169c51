using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Texts;

// Notices.resx: what is sent outside a turn (reminders, review notices, safety reports) and the notices composed
// with it, each read in the recipient's culture (the users row's language, else its locale, else English).
public static partial class Say
{
    /// <summary>Reminder: {0}</summary>
    public static LocalText NoticeReminderTitle { get; } = Text(HostTexts.Notices, nameof(NoticeReminderTitle));

    /// <summary>Overdue: {0}</summary>
    public static LocalText NoticeOverdueTitle { get; } = Text(HostTexts.Notices, nameof(NoticeOverdueTitle));

    /// <summary>Collaboration</summary>
    public static LocalText NoticeFactCollaboration { get; } = Text(HostTexts.Notices, nameof(NoticeFactCollaboration));

    /// <summary>Due</summary>
    public static LocalText NoticeFactDue { get; } = Text(HostTexts.Notices, nameof(NoticeFactDue));

    /// <summary>Source</summary>
    public static LocalText NoticeFactSource { get; } = Text(HostTexts.Notices, nameof(NoticeFactSource));

    /// <summary>no fixed date</summary>
    public static LocalText NoticeNoFixedDate { get; } = Text(HostTexts.Notices, nameof(NoticeNoFixedDate));

    /// <summary>today</summary>
    public static LocalText NoticeToday { get; } = Text(HostTexts.Notices, nameof(NoticeToday));

    /// <summary>tomorrow</summary>
    public static LocalText NoticeTomorrow { get; } = Text(HostTexts.Notices, nameof(NoticeTomorrow));

    /// <summary>yesterday</summary>
    public static LocalText NoticeYesterday { get; } = Text(HostTexts.Notices, nameof(NoticeYesterday));

    /// <summary>in {0} days</summary>
    public static LocalText NoticeInDays { get; } = Text(HostTexts.Notices, nameof(NoticeInDays));

    /// <summary>{0} days ago</summary>
    public static LocalText NoticeDaysAgo { get; } = Text(HostTexts.Notices, nameof(NoticeDaysAgo));

    /// <summary>You asked me to remind you about this today.</summary>
    public static LocalText NoticeReminderCustom { get; } = Text(HostTexts.Notices, nameof(NoticeReminderCustom));

    /// <summary>Your snooze is over: this is still open.</summary>
    public static LocalText NoticeSnoozeOver { get; } = Text(HostTexts.Notices, nameof(NoticeSnoozeOver));

    /// <summary>This transparency step is past its due date. Mark it done once it is complete, or snooze it while you finish.</summary>
    public static LocalText NoticeStepOverdue { get; } = Text(HostTexts.Notices, nameof(NoticeStepOverdue));

    /// <summary>This transparency step is coming up. Mark it done once it is complete.</summary>
    public static LocalText NoticeStepComingUp { get; } = Text(HostTexts.Notices, nameof(NoticeStepComingUp));

    /// <summary>Done</summary>
    public static LocalText NoticeButtonDone { get; } = Text(HostTexts.Notices, nameof(NoticeButtonDone));

    /// <summary>Snooze 1 day</summary>
    public static LocalText NoticeButtonSnoozeDay { get; } = Text(HostTexts.Notices, nameof(NoticeButtonSnoozeDay));

    /// <summary>Snooze 1 week</summary>
    public static LocalText NoticeButtonSnoozeWeek { get; } = Text(HostTexts.Notices, nameof(NoticeButtonSnoozeWeek));

    /// <summary>Open checklist</summary>
    public static LocalText NoticeButtonChecklist { get; } = Text(HostTexts.Notices, nameof(NoticeButtonChecklist));

    /// <summary>**Transparency escalation**: "{0}" for "{1}" {2}. {3}</summary>
    public static LocalText NoticeTransparencyEscalation { get; } = Text(HostTexts.Notices, nameof(NoticeTransparencyEscalation));

    /// <summary>was due {0} ({1})</summary>
    public static LocalText NoticeWasDue { get; } = Text(HostTexts.Notices, nameof(NoticeWasDue));

    /// <summary>has no fixed date</summary>
    public static LocalText NoticeHasNoFixedDate { get; } = Text(HostTexts.Notices, nameof(NoticeHasNoFixedDate));

    /// <summary>I could not deliver reminders to {0} on {1} (the bot may have been removed or blocked).</summary>
    public static LocalText NoticeOwnerUnreachable { get; } = Text(HostTexts.Notices, nameof(NoticeOwnerUnreachable));

    /// <summary>{0} has had {1} overdue reminders and it is still open.</summary>
    public static LocalText NoticeOwnerStillOpen { get; } = Text(HostTexts.Notices, nameof(NoticeOwnerStillOpen));

    /// <summary>**Disclosure rule needed**: "{0}" for "{1}" (owner {2}). {3} No date was invented; source: {4}.</summary>
    public static LocalText NoticeRuleNeeded { get; } = Text(HostTexts.Notices, nameof(NoticeRuleNeeded));

    /// <summary>"{0}" is still open after several reminders, so I have let {1} know. Mark it done once it is complete.</summary>
    public static LocalText NoticeEscalatedToContact { get; } = Text(HostTexts.Notices, nameof(NoticeEscalatedToContact));

    /// <summary>It now waits for compliance review, but no reviewer is configured here: please contact {0} so someone reviews it.</summary>
    public static LocalText ApprovalNoReviewer { get; } = Text(HostTexts.Notices, nameof(ApprovalNoReviewer));

    /// <summary>Sent for compliance review to {0}; you'll hear here when they decide.</summary>
    public static LocalText ApprovalSentForReview { get; } = Text(HostTexts.Notices, nameof(ApprovalSentForReview));

    /// <summary>Approved: {0}</summary>
    public static LocalText ApprovalApprovedTitle { get; } = Text(HostTexts.Notices, nameof(ApprovalApprovedTitle));

    /// <summary>Changes requested: {0}</summary>
    public static LocalText ApprovalChangesTitle { get; } = Text(HostTexts.Notices, nameof(ApprovalChangesTitle));

    /// <summary>Rejected: {0}</summary>
    public static LocalText ApprovalRejectedTitle { get; } = Text(HostTexts.Notices, nameof(ApprovalRejectedTitle));

    /// <summary>{0} approved "{1}" (review round {2}). The agreement can now be certified and signed.{3}</summary>
    public static LocalText ApprovalApprovedText { get; } = Text(HostTexts.Notices, nameof(ApprovalApprovedText));

    /// <summary>{0} asked for changes to "{1}" (review round {2}).{3}\n\nType **edit** (or press Edit) to change the answers, then submit again: that sends it for review once more.</summary>
    public static LocalText ApprovalChangesText { get; } = Text(HostTexts.Notices, nameof(ApprovalChangesText));

    /// <summary>{0} rejected "{1}" (review round {2}). The collaboration is closed and its reminders are withdrawn.{3}</summary>
    public static LocalText ApprovalRejectedText { get; } = Text(HostTexts.Notices, nameof(ApprovalRejectedText));

    /// <summary>\n\nComment: "{0}"</summary>
    public static LocalText ApprovalNoticeComment { get; } = Text(HostTexts.Notices, nameof(ApprovalNoticeComment));

    /// <summary>Edit</summary>
    public static LocalText ApprovalEditButton { get; } = Text(HostTexts.Notices, nameof(ApprovalEditButton));

    /// <summary>Reminder: "{0}" from {1} has waited for compliance review since {2} (round {3}). Please approve, request changes or reject it on its review card.</summary>
    public static LocalText ApprovalReviewerReminder { get; } = Text(HostTexts.Notices, nameof(ApprovalReviewerReminder));

    /// <summary>Escalation: "{0}" from {1} has waited for compliance review since {2} (round {3}, {4} working days). Reviewers: {5}.</summary>
    public static LocalText ApprovalEscalation { get; } = Text(HostTexts.Notices, nameof(ApprovalEscalation));

    /// <summary>no reviewer is configured for it</summary>
    public static LocalText ApprovalNoReviewerForIt { get; } = Text(HostTexts.Notices, nameof(ApprovalNoReviewerForIt));

    /// <summary>**Awaiting review** (round {0}).</summary>
    public static LocalText ApprovalAwaiting { get; } = Text(HostTexts.Notices, nameof(ApprovalAwaiting));

    /// <summary>**Replaced:** the collaboration was changed and submitted again (round {0}); review the newer card.</summary>
    public static LocalText ApprovalReplaced { get; } = Text(HostTexts.Notices, nameof(ApprovalReplaced));

    /// <summary>**{0}** by {1} on {2} (round {3}).{4}</summary>
    public static LocalText ApprovalDecidedState { get; } = Text(HostTexts.Notices, nameof(ApprovalDecidedState));

    /// <summary>Approved</summary>
    public static LocalText ApprovalStatusApproved { get; } = Text(HostTexts.Notices, nameof(ApprovalStatusApproved));

    /// <summary>Changes requested</summary>
    public static LocalText ApprovalStatusChanges { get; } = Text(HostTexts.Notices, nameof(ApprovalStatusChanges));

    /// <summary>Rejected</summary>
    public static LocalText ApprovalStatusRejected { get; } = Text(HostTexts.Notices, nameof(ApprovalStatusRejected));

    /// <summary> Comment: "{0}"</summary>
    public static LocalText ApprovalCardComment { get; } = Text(HostTexts.Notices, nameof(ApprovalCardComment));

    /// <summary>Open obligations</summary>
    public static LocalText ApprovalOpenObligations { get; } = Text(HostTexts.Notices, nameof(ApprovalOpenObligations));

    /// <summary>Check the local code</summary>
    public static LocalText ApprovalCheckLocalCode { get; } = Text(HostTexts.Notices, nameof(ApprovalCheckLocalCode));

    /// <summary>Compliance review: {0}</summary>
    public static LocalText ApprovalReviewTitle { get; } = Text(HostTexts.Notices, nameof(ApprovalReviewTitle));

    /// <summary>Submitted by</summary>
    public static LocalText ApprovalFactSubmittedBy { get; } = Text(HostTexts.Notices, nameof(ApprovalFactSubmittedBy));

    /// <summary>{0} on {1}</summary>
    public static LocalText ApprovalSubmittedByValue { get; } = Text(HostTexts.Notices, nameof(ApprovalSubmittedByValue));

    /// <summary>Reviewers</summary>
    public static LocalText ApprovalFactReviewers { get; } = Text(HostTexts.Notices, nameof(ApprovalFactReviewers));

    /// <summary>none configured</summary>
    public static LocalText ApprovalNoneConfigured { get; } = Text(HostTexts.Notices, nameof(ApprovalNoneConfigured));

    /// <summary>pharmacovigilance</summary>
    public static LocalText SafetyPharmacovigilance { get; } = Text(HostTexts.Notices, nameof(SafetyPharmacovigilance));

    /// <summary>your pharmacovigilance team</summary>
    public static LocalText SafetyYourTeam { get; } = Text(HostTexts.Notices, nameof(SafetyYourTeam));

    /// <summary>Safety information must reach them {0}.</summary>
    public static LocalText SafetyDeadlineConfigured { get; } = Text(HostTexts.Notices, nameof(SafetyDeadlineConfigured));

    /// <summary>Safety information must reach them within the time your company's safety reporting procedure sets.</summary>
    public static LocalText SafetyDeadlineProcedure { get; } = Text(HostTexts.Notices, nameof(SafetyDeadlineProcedure));

    /// <summary>It has been passed to {0} with reference **{1}**.</summary>
    public static LocalText SafetyPassed { get; } = Text(HostTexts.Notices, nameof(SafetyPassed));

    /// <summary>It has been recorded with reference **{0}**, but no pharmacovigilance contact is set up here: please report it to {1} yourself, quoting the reference.</summary>
    public static LocalText SafetyRecordedNoContact { get; } = Text(HostTexts.Notices, nameof(SafetyRecordedNoContact));

    /// <summary>**This may be safety information** ({0}). {1} {2}\n\nTo add a note (what happened, to whom, which medicine, when, or that it was not a side effect), type **safety note** and your words; the report still goes. Or contact {3} quoting **{4}**. Your answer has been taken as usual; carry on where you were.</summary>
    public static LocalText SafetyNotice { get; } = Text(HostTexts.Notices, nameof(SafetyNotice));

    /// <summary>Reference</summary>
    public static LocalText SafetyFactReference { get; } = Text(HostTexts.Notices, nameof(SafetyFactReference));

    /// <summary>Kinds</summary>
    public static LocalText SafetyFactKinds { get; } = Text(HostTexts.Notices, nameof(SafetyFactKinds));

    /// <summary>Reported by</summary>
    public static LocalText SafetyFactReportedBy { get; } = Text(HostTexts.Notices, nameof(SafetyFactReportedBy));

    /// <summary>(no name)</summary>
    public static LocalText SafetyNoName { get; } = Text(HostTexts.Notices, nameof(SafetyNoName));

    /// <summary>Received (UTC)</summary>
    public static LocalText SafetyFactReceivedUtc { get; } = Text(HostTexts.Notices, nameof(SafetyFactReceivedUtc));

    /// <summary>Received (user's time)</summary>
    public static LocalText SafetyFactReceivedLocal { get; } = Text(HostTexts.Notices, nameof(SafetyFactReceivedLocal));

    /// <summary>time zone not known</summary>
    public static LocalText SafetyNoTimeZone { get; } = Text(HostTexts.Notices, nameof(SafetyNoTimeZone));

    /// <summary>Channel</summary>
    public static LocalText SafetyFactChannel { get; } = Text(HostTexts.Notices, nameof(SafetyFactChannel));

    /// <summary>Answer to question</summary>
    public static LocalText SafetyFactQuestion { get; } = Text(HostTexts.Notices, nameof(SafetyFactQuestion));

    /// <summary>What matched</summary>
    public static LocalText SafetyFactMatched { get; } = Text(HostTexts.Notices, nameof(SafetyFactMatched));

    /// <summary>Received by pharmacovigilance</summary>
    public static LocalText SafetyFactAcknowledged { get; } = Text(HostTexts.Notices, nameof(SafetyFactAcknowledged));

    /// <summary>The reporter added a note to safety report **{0}**. The note, exactly as sent:</summary>
    public static LocalText SafetyNoteIntro { get; } = Text(HostTexts.Notices, nameof(SafetyNoteIntro));

    /// <summary>Possible safety information typed to PartnershipBot. The text, exactly as sent:</summary>
    public static LocalText SafetyReportIntro { get; } = Text(HostTexts.Notices, nameof(SafetyReportIntro));

    /// <summary>**Could not be delivered to pharmacovigilance** ({0}): please pass it on now. {1}</summary>
    public static LocalText SafetyUndelivered { get; } = Text(HostTexts.Notices, nameof(SafetyUndelivered));

    /// <summary>Note {0} on safety information {1}</summary>
    public static LocalText SafetyNoteTitle { get; } = Text(HostTexts.Notices, nameof(SafetyNoteTitle));

    /// <summary>Safety information {0}</summary>
    public static LocalText SafetyTitle { get; } = Text(HostTexts.Notices, nameof(SafetyTitle));

    /// <summary>Mark received</summary>
    public static LocalText SafetyMarkReceived { get; } = Text(HostTexts.Notices, nameof(SafetyMarkReceived));

    /// <summary>Only the pharmacovigilance channel can mark a safety report received. Nothing was recorded.</summary>
    public static LocalText SafetyReceiptRefused { get; } = Text(HostTexts.Notices, nameof(SafetyReceiptRefused));

    /// <summary>{0} was already marked received by {1} ({2}) at {3} UTC.</summary>
    public static LocalText SafetyReceiptAlready { get; } = Text(HostTexts.Notices, nameof(SafetyReceiptAlready));

    /// <summary>{0} is marked received by {1} at {2} UTC.</summary>
    public static LocalText SafetyReceiptMarked { get; } = Text(HostTexts.Notices, nameof(SafetyReceiptMarked));

    /// <summary>There is no safety report {0}.</summary>
    public static LocalText SafetyReceiptUnknown { get; } = Text(HostTexts.Notices, nameof(SafetyReceiptUnknown));

    /// <summary>the compliance team</summary>
    public static LocalText NoticeComplianceTeam { get; } = Text(HostTexts.Notices, nameof(NoticeComplianceTeam));

    /// <summary>Recorded: approved by {0}.</summary>
    public static LocalText ApprovalRecordedApproved { get; } = Text(HostTexts.Notices, nameof(ApprovalRecordedApproved));

    /// <summary>Recorded: requested changes on by {0}.</summary>
    public static LocalText ApprovalRecordedChanges { get; } = Text(HostTexts.Notices, nameof(ApprovalRecordedChanges));

    /// <summary>Recorded: rejected by {0}.</summary>
    public static LocalText ApprovalRecordedRejected { get; } = Text(HostTexts.Notices, nameof(ApprovalRecordedRejected));

    /// <summary>Only a configured compliance reviewer for this collaboration can decide on it. Nothing was recorded.</summary>
    public static LocalText ApprovalNotAReviewer { get; } = Text(HostTexts.Notices, nameof(ApprovalNotAReviewer));

    /// <summary>You created or own this collaboration, so another reviewer must decide on it (four eyes). Nothing was recorded.</summary>
    public static LocalText ApprovalOwnCollaboration { get; } = Text(HostTexts.Notices, nameof(ApprovalOwnCollaboration));

    /// <summary>Please add a comment: requesting changes or rejecting needs one, so the owner knows what to do. Nothing was recorded.</summary>
    public static LocalText ApprovalCommentRequired { get; } = Text(HostTexts.Notices, nameof(ApprovalCommentRequired));

    /// <summary>This card is for an earlier version: the collaboration was changed and submitted again (round {0}). Nothing was recorded.</summary>
    public static LocalText ApprovalStaleRound { get; } = Text(HostTexts.Notices, nameof(ApprovalStaleRound));

    /// <summary>{0} already approved this on {1}. Nothing more was recorded.</summary>
    public static LocalText ApprovalAlreadyApproved { get; } = Text(HostTexts.Notices, nameof(ApprovalAlreadyApproved));

    /// <summary>{0} already requested changes on this on {1}. Nothing more was recorded.</summary>
    public static LocalText ApprovalAlreadyChanges { get; } = Text(HostTexts.Notices, nameof(ApprovalAlreadyChanges));

    /// <summary>{0} already rejected this on {1}. Nothing more was recorded.</summary>
    public static LocalText ApprovalAlreadyRejected { get; } = Text(HostTexts.Notices, nameof(ApprovalAlreadyRejected));

    /// <summary>That collaboration or its review was not found. Nothing was recorded.</summary>
    public static LocalText ApprovalNotFound { get; } = Text(HostTexts.Notices, nameof(ApprovalNotFound));
}
