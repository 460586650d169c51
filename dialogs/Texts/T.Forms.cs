using System.Globalization;

namespace PartnershipBot.Dialogs.Texts;

/// <summary>The forms' texts by name (keys of Forms.resx): form pages, readiness and status labels, safety replies.</summary>
public static partial class T
{
    /// <summary>I closed the question that was open here: the form carries on with the same draft, and every page you finish is saved. Type **new** to carry on in the chat instead.</summary>
    public static LocalText FormTookOverQuestion { get; } = Forms(nameof(FormTookOverQuestion));

    /// <summary>The form opens in Teams and Slack. Type **edit** to change the answers here.</summary>
    public static LocalText FormEditOnlyWithForms { get; } = Forms(nameof(FormEditOnlyWithForms));

    /// <summary>That collaboration is not among yours. Type **list** to see them.</summary>
    public static LocalText FormNotYours { get; } = Forms(nameof(FormNotYours));

    /// <summary>"{0}" is still a draft: type **new** to carry on with it (in the chat or with **Fill in a form**).</summary>
    public static LocalText FormEditStillDraft { get; } = Forms(nameof(FormEditStillDraft));

    /// <summary>"{0}" was rejected in compliance review and is closed, so it cannot be edited. Type **new** to plan a new collaboration.</summary>
    public static LocalText FormEditClosed { get; } = Forms(nameof(FormEditClosed));

    /// <summary>Your changes that are not submitted yet are kept: carry on with them. Nothing is saved until you press Submit on the last page.</summary>
    public static LocalText FormEditCarriedOn { get; } = Forms(nameof(FormEditCarriedOn));

    /// <summary>Change any answer, a page at a time. Nothing is saved until you press Submit on the last page, which sends the collaboration for review again.</summary>
    public static LocalText FormEditOpened { get; } = Forms(nameof(FormEditOpened));

    /// <summary>Prefer a form?</summary>
    public static LocalText FormEditOfferTitle { get; } = Forms(nameof(FormEditOfferTitle));

    /// <summary>Change the answers a page at a time; nothing is saved until the last page's Submit.</summary>
    public static LocalText FormEditOfferText { get; } = Forms(nameof(FormEditOfferText));

    /// <summary>Edit in a form</summary>
    public static LocalText FormEditButton { get; } = Forms(nameof(FormEditButton));

    /// <summary>Please answer this question.</summary>
    public static LocalText FormAnswerRequired { get; } = Forms(nameof(FormAnswerRequired));

    /// <summary>Please check this answer.</summary>
    public static LocalText FormCheckAnswer { get; } = Forms(nameof(FormCheckAnswer));

    /// <summary>Some answers need another look: see the notes under them.</summary>
    public static LocalText FormNeedsAnotherLook { get; } = Forms(nameof(FormNeedsAnotherLook));

    /// <summary>Edit "{0}"</summary>
    public static LocalText FormEditTitle { get; } = Forms(nameof(FormEditTitle));

    /// <summary>Questions {0} to {1} of {2}. Your changes are kept as you go; they are saved when you press Submit on the last page.</summary>
    public static LocalText FormEditPageIntro { get; } = Forms(nameof(FormEditPageIntro));

    /// <summary>The form opens in Teams. Type **new** to answer the questions here.</summary>
    public static LocalText FormInterviewOnlyWithForms { get; } = Forms(nameof(FormInterviewOnlyWithForms));

    /// <summary>Plan a collaboration</summary>
    public static LocalText FormInterviewTitle { get; } = Forms(nameof(FormInterviewTitle));

    /// <summary>Questions {0} to {1} of about {2}. Each page is saved as a draft when you press Next: close this dialog at any time and type **new** in the chat to carry on there.</summary>
    public static LocalText FormInterviewPageIntro { get; } = Forms(nameof(FormInterviewPageIntro));

    /// <summary>I closed the interview question that was open here; your draft "{0}" is saved as it was. Type **new** to carry on with it.</summary>
    public static LocalText FormTookOverInterview { get; } = Forms(nameof(FormTookOverInterview));

    /// <summary>You were editing "{0}" in the chat: your changes are not submitted yet, and I kept them. Press **Edit in a form** to carry on with them, or type **edit** to start again from the submitted answers.</summary>
    public static LocalText FormKeptChatEdit { get; } = Forms(nameof(FormKeptChatEdit));

    /// <summary>Ready to start: every area is strong.</summary>
    public static LocalText ReadinessReady { get; } = Forms(nameof(ReadinessReady));

    /// <summary>Nearly ready: {0} area needs attention.</summary>
    public static LocalText ReadinessNearlyOne { get; } = Forms(nameof(ReadinessNearlyOne));

    /// <summary>Nearly ready: {0} areas need attention.</summary>
    public static LocalText ReadinessNearlyMany { get; } = Forms(nameof(ReadinessNearlyMany));

    /// <summary>Not ready yet: {0} to close.</summary>
    public static LocalText ReadinessNotReady { get; } = Forms(nameof(ReadinessNotReady));

    /// <summary>Not ready yet: {0} to close and {1} to improve.</summary>
    public static LocalText ReadinessNotReadyAndImprove { get; } = Forms(nameof(ReadinessNotReadyAndImprove));

    /// <summary>{0} gap</summary>
    public static LocalText ReadinessGapsOne { get; } = Forms(nameof(ReadinessGapsOne));

    /// <summary>{0} gaps</summary>
    public static LocalText ReadinessGapsMany { get; } = Forms(nameof(ReadinessGapsMany));

    /// <summary>{0} area</summary>
    public static LocalText ReadinessAreasOne { get; } = Forms(nameof(ReadinessAreasOne));

    /// <summary>{0} areas</summary>
    public static LocalText ReadinessAreasMany { get; } = Forms(nameof(ReadinessAreasMany));

    /// <summary>Strong</summary>
    public static LocalText AssessmentStrong { get; } = Forms(nameof(AssessmentStrong));

    /// <summary>Needs attention</summary>
    public static LocalText AssessmentNeedsAttention { get; } = Forms(nameof(AssessmentNeedsAttention));

    /// <summary>Gap</summary>
    public static LocalText AssessmentGap { get; } = Forms(nameof(AssessmentGap));

    /// <summary>awaiting review</summary>
    public static LocalText ApprovalAwaiting { get; } = Forms(nameof(ApprovalAwaiting));

    /// <summary>approved by {0}</summary>
    public static LocalText ApprovalApprovedBy { get; } = Forms(nameof(ApprovalApprovedBy));

    /// <summary>changes requested</summary>
    public static LocalText ApprovalChangesRequested { get; } = Forms(nameof(ApprovalChangesRequested));

    /// <summary>rejected</summary>
    public static LocalText ApprovalRejected { get; } = Forms(nameof(ApprovalRejected));

    /// <summary>Owner: {0}</summary>
    public static LocalText ChecklistItemOwner { get; } = Forms(nameof(ChecklistItemOwner));

    /// <summary>Source: {0}</summary>
    public static LocalText ChecklistItemSource { get; } = Forms(nameof(ChecklistItemSource));

    /// <summary>Done by {0} on {1}</summary>
    public static LocalText ChecklistItemDoneBy { get; } = Forms(nameof(ChecklistItemDoneBy));

    /// <summary>Type **safety note** and your note, for example: **safety note** it was sunburn, not the tablets. It is added to your latest safety report.</summary>
    public static LocalText SafetyNoteUsage { get; } = Forms(nameof(SafetyNoteUsage));

    /// <summary>You have no safety report to add a note to. If something happened that may be a side effect, just tell me what happened.</summary>
    public static LocalText SafetyNoteNoReport { get; } = Forms(nameof(SafetyNoteNoReport));

    /// <summary>I can't find a safety report **{0}** of yours. Type **safety note** and your note to add it to your latest one.</summary>
    public static LocalText SafetyNoteReportNotFound { get; } = Forms(nameof(SafetyNoteReportNotFound));

    /// <summary>Thank you: your note is added to **{0}** and goes to pharmacovigilance with it. The report itself still goes; pharmacovigilance decides whether it is safety information.</summary>
    public static LocalText SafetyNoteAdded { get; } = Forms(nameof(SafetyNoteAdded));

    private static LocalText Forms(string key) => new(key, TextSets.Forms);
}
