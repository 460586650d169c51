using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Texts;

/// <summary>The keys of Dashboard.resx: the web dashboard's pages. Plain text without markup (a test checks): the pages write them with <see cref="PlainText"/>, HTML-encoded by Razor.</summary>
public static partial class Say
{
    /// <summary>Skip to content</summary>
    public static LocalText DashSkipToContent { get; } = Text(HostTexts.Dashboard, nameof(DashSkipToContent));

    /// <summary>PartnershipBot compliance</summary>
    public static LocalText DashBrand { get; } = Text(HostTexts.Dashboard, nameof(DashBrand));

    /// <summary>{0} · PartnershipBot compliance</summary>
    public static LocalText DashPageTitle { get; } = Text(HostTexts.Dashboard, nameof(DashPageTitle));

    /// <summary>Local development sign-in: for trying the dashboard on this machine only. Configure Dashboard:Entra before anyone else uses it.</summary>
    public static LocalText DashLocalBanner { get; } = Text(HostTexts.Dashboard, nameof(DashLocalBanner));

    /// <summary>Dashboard</summary>
    public static LocalText DashNavLabel { get; } = Text(HostTexts.Dashboard, nameof(DashNavLabel));

    /// <summary>Collaborations</summary>
    public static LocalText DashCollaborations { get; } = Text(HostTexts.Dashboard, nameof(DashCollaborations));

    /// <summary>Disclosure calendar</summary>
    public static LocalText DashCalendar { get; } = Text(HostTexts.Dashboard, nameof(DashCalendar));

    /// <summary>Exports</summary>
    public static LocalText DashExports { get; } = Text(HostTexts.Dashboard, nameof(DashExports));

    /// <summary>Review queue</summary>
    public static LocalText DashReviewQueue { get; } = Text(HostTexts.Dashboard, nameof(DashReviewQueue));

    /// <summary>Safety reports</summary>
    public static LocalText DashSafetyReports { get; } = Text(HostTexts.Dashboard, nameof(DashSafetyReports));

    /// <summary>{0} (compliance: all collaborations)</summary>
    public static LocalText DashWhoCompliance { get; } = Text(HostTexts.Dashboard, nameof(DashWhoCompliance));

    /// <summary>{0} (owner: your collaborations)</summary>
    public static LocalText DashWhoOwner { get; } = Text(HostTexts.Dashboard, nameof(DashWhoOwner));

    /// <summary>Sign out</summary>
    public static LocalText DashSignOut { get; } = Text(HostTexts.Dashboard, nameof(DashSignOut));

    /// <summary>Language</summary>
    public static LocalText DashLanguage { get; } = Text(HostTexts.Dashboard, nameof(DashLanguage));

    /// <summary>Strong</summary>
    public static LocalText DashReadinessStrong { get; } = Text(HostTexts.Dashboard, nameof(DashReadinessStrong));

    /// <summary>Needs attention</summary>
    public static LocalText DashReadinessNeedsAttention { get; } = Text(HostTexts.Dashboard, nameof(DashReadinessNeedsAttention));

    /// <summary>Gap</summary>
    public static LocalText DashReadinessGap { get; } = Text(HostTexts.Dashboard, nameof(DashReadinessGap));

    /// <summary>Awaiting review</summary>
    public static LocalText DashApprovalAwaiting { get; } = Text(HostTexts.Dashboard, nameof(DashApprovalAwaiting));

    /// <summary>Approved</summary>
    public static LocalText DashApprovalApproved { get; } = Text(HostTexts.Dashboard, nameof(DashApprovalApproved));

    /// <summary>Changes requested</summary>
    public static LocalText DashApprovalChangesRequested { get; } = Text(HostTexts.Dashboard, nameof(DashApprovalChangesRequested));

    /// <summary>Rejected</summary>
    public static LocalText DashApprovalRejected { get; } = Text(HostTexts.Dashboard, nameof(DashApprovalRejected));

    /// <summary>Superseded (submitted again)</summary>
    public static LocalText DashApprovalSuperseded { get; } = Text(HostTexts.Dashboard, nameof(DashApprovalSuperseded));

    /// <summary>Submitted</summary>
    public static LocalText DashStatusSubmitted { get; } = Text(HostTexts.Dashboard, nameof(DashStatusSubmitted));

    /// <summary>Draft</summary>
    public static LocalText DashStatusDraft { get; } = Text(HostTexts.Dashboard, nameof(DashStatusDraft));

    /// <summary>(round {0})</summary>
    public static LocalText DashRoundSuffix { get; } = Text(HostTexts.Dashboard, nameof(DashRoundSuffix));

    /// <summary>Overdue</summary>
    public static LocalText DashOverdue { get; } = Text(HostTexts.Dashboard, nameof(DashOverdue));

    /// <summary>{0} overdue</summary>
    public static LocalText DashOverdueCount { get; } = Text(HostTexts.Dashboard, nameof(DashOverdueCount));

    /// <summary>Any</summary>
    public static LocalText DashAny { get; } = Text(HostTexts.Dashboard, nameof(DashAny));

    /// <summary>Anyone</summary>
    public static LocalText DashAnyone { get; } = Text(HostTexts.Dashboard, nameof(DashAnyone));

    /// <summary>Download CSV</summary>
    public static LocalText DashDownloadCsv { get; } = Text(HostTexts.Dashboard, nameof(DashDownloadCsv));

    /// <summary>Download .xlsx</summary>
    public static LocalText DashDownloadXlsx { get; } = Text(HostTexts.Dashboard, nameof(DashDownloadXlsx));

    /// <summary>Title</summary>
    public static LocalText DashColTitle { get; } = Text(HostTexts.Dashboard, nameof(DashColTitle));

    /// <summary>Partner</summary>
    public static LocalText DashColPartner { get; } = Text(HostTexts.Dashboard, nameof(DashColPartner));

    /// <summary>Owner</summary>
    public static LocalText DashColOwner { get; } = Text(HostTexts.Dashboard, nameof(DashColOwner));

    /// <summary>Status</summary>
    public static LocalText DashColStatus { get; } = Text(HostTexts.Dashboard, nameof(DashColStatus));

    /// <summary>Review</summary>
    public static LocalText DashColReview { get; } = Text(HostTexts.Dashboard, nameof(DashColReview));

    /// <summary>Start</summary>
    public static LocalText DashColStart { get; } = Text(HostTexts.Dashboard, nameof(DashColStart));

    /// <summary>Readiness</summary>
    public static LocalText DashColReadiness { get; } = Text(HostTexts.Dashboard, nameof(DashColReadiness));

    /// <summary>Next due</summary>
    public static LocalText DashColNextDue { get; } = Text(HostTexts.Dashboard, nameof(DashColNextDue));

    /// <summary>Partner type</summary>
    public static LocalText DashColPartnerType { get; } = Text(HostTexts.Dashboard, nameof(DashColPartnerType));

    /// <summary>Countries</summary>
    public static LocalText DashColCountries { get; } = Text(HostTexts.Dashboard, nameof(DashColCountries));

    /// <summary>Country</summary>
    public static LocalText DashColCountry { get; } = Text(HostTexts.Dashboard, nameof(DashColCountry));

    /// <summary>Checklist</summary>
    public static LocalText DashColChecklist { get; } = Text(HostTexts.Dashboard, nameof(DashColChecklist));

    /// <summary>Round</summary>
    public static LocalText DashColRound { get; } = Text(HostTexts.Dashboard, nameof(DashColRound));

    /// <summary>Submitted</summary>
    public static LocalText DashColSubmitted { get; } = Text(HostTexts.Dashboard, nameof(DashColSubmitted));

    /// <summary>Decision</summary>
    public static LocalText DashColDecision { get; } = Text(HostTexts.Dashboard, nameof(DashColDecision));

    /// <summary>Decided by</summary>
    public static LocalText DashColDecidedBy { get; } = Text(HostTexts.Dashboard, nameof(DashColDecidedBy));

    /// <summary>Role</summary>
    public static LocalText DashColRole { get; } = Text(HostTexts.Dashboard, nameof(DashColRole));

    /// <summary>When</summary>
    public static LocalText DashColWhen { get; } = Text(HostTexts.Dashboard, nameof(DashColWhen));

    /// <summary>Comment</summary>
    public static LocalText DashColComment { get; } = Text(HostTexts.Dashboard, nameof(DashColComment));

    /// <summary>Recommendation or lesson</summary>
    public static LocalText DashColRecommendation { get; } = Text(HostTexts.Dashboard, nameof(DashColRecommendation));

    /// <summary>Why</summary>
    public static LocalText DashColWhy { get; } = Text(HostTexts.Dashboard, nameof(DashColWhy));

    /// <summary>Source</summary>
    public static LocalText DashColSource { get; } = Text(HostTexts.Dashboard, nameof(DashColSource));

    /// <summary>Item</summary>
    public static LocalText DashColItem { get; } = Text(HostTexts.Dashboard, nameof(DashColItem));

    /// <summary>Due</summary>
    public static LocalText DashColDue { get; } = Text(HostTexts.Dashboard, nameof(DashColDue));

    /// <summary>Done</summary>
    public static LocalText DashColDone { get; } = Text(HostTexts.Dashboard, nameof(DashColDone));

    /// <summary>Ticked by</summary>
    public static LocalText DashColTickedBy { get; } = Text(HostTexts.Dashboard, nameof(DashColTickedBy));

    /// <summary>Reminder</summary>
    public static LocalText DashColReminder { get; } = Text(HostTexts.Dashboard, nameof(DashColReminder));

    /// <summary>Planned</summary>
    public static LocalText DashColPlanned { get; } = Text(HostTexts.Dashboard, nameof(DashColPlanned));

    /// <summary>Attempts</summary>
    public static LocalText DashColAttempts { get; } = Text(HostTexts.Dashboard, nameof(DashColAttempts));

    /// <summary>Sent</summary>
    public static LocalText DashColSent { get; } = Text(HostTexts.Dashboard, nameof(DashColSent));

    /// <summary>Delivery record</summary>
    public static LocalText DashColDeliveryRecord { get; } = Text(HostTexts.Dashboard, nameof(DashColDeliveryRecord));

    /// <summary>Question</summary>
    public static LocalText DashColQuestion { get; } = Text(HostTexts.Dashboard, nameof(DashColQuestion));

    /// <summary>Answer</summary>
    public static LocalText DashColAnswer { get; } = Text(HostTexts.Dashboard, nameof(DashColAnswer));

    /// <summary>By</summary>
    public static LocalText DashColBy { get; } = Text(HostTexts.Dashboard, nameof(DashColBy));

    /// <summary>Who</summary>
    public static LocalText DashColWho { get; } = Text(HostTexts.Dashboard, nameof(DashColWho));

    /// <summary>Channel</summary>
    public static LocalText DashColChannel { get; } = Text(HostTexts.Dashboard, nameof(DashColChannel));

    /// <summary>What</summary>
    public static LocalText DashColWhat { get; } = Text(HostTexts.Dashboard, nameof(DashColWhat));

    /// <summary>Detail</summary>
    public static LocalText DashColDetail { get; } = Text(HostTexts.Dashboard, nameof(DashColDetail));

    /// <summary>Obligation</summary>
    public static LocalText DashColObligation { get; } = Text(HostTexts.Dashboard, nameof(DashColObligation));

    /// <summary>Collaboration</summary>
    public static LocalText DashColCollaboration { get; } = Text(HostTexts.Dashboard, nameof(DashColCollaboration));

    /// <summary>Code</summary>
    public static LocalText DashColCode { get; } = Text(HostTexts.Dashboard, nameof(DashColCode));

    /// <summary>Waiting</summary>
    public static LocalText DashColWaiting { get; } = Text(HostTexts.Dashboard, nameof(DashColWaiting));

    /// <summary>Waits for</summary>
    public static LocalText DashColWaitsFor { get; } = Text(HostTexts.Dashboard, nameof(DashColWaitsFor));

    /// <summary>Reference</summary>
    public static LocalText DashColReference { get; } = Text(HostTexts.Dashboard, nameof(DashColReference));

    /// <summary>Received</summary>
    public static LocalText DashColReceived { get; } = Text(HostTexts.Dashboard, nameof(DashColReceived));

    /// <summary>From</summary>
    public static LocalText DashColFrom { get; } = Text(HostTexts.Dashboard, nameof(DashColFrom));

    /// <summary>Text</summary>
    public static LocalText DashColText { get; } = Text(HostTexts.Dashboard, nameof(DashColText));

    /// <summary>Kinds</summary>
    public static LocalText DashColKinds { get; } = Text(HostTexts.Dashboard, nameof(DashColKinds));

    /// <summary>Message to delivery</summary>
    public static LocalText DashColMessageToDelivery { get; } = Text(HostTexts.Dashboard, nameof(DashColMessageToDelivery));

    /// <summary>Received by pharmacovigilance</summary>
    public static LocalText DashColReceivedByPv { get; } = Text(HostTexts.Dashboard, nameof(DashColReceivedByPv));

    /// <summary>No chat account is linked to your sign-in yet, so there are no collaborations to show. Talk to the bot in Teams once, or ask an administrator to link your Slack account (Dashboard:OwnerAccounts).</summary>
    public static LocalText DashNoAccountLinked { get; } = Text(HostTexts.Dashboard, nameof(DashNoAccountLinked));

    /// <summary>Filter collaborations</summary>
    public static LocalText DashFilterLabel { get; } = Text(HostTexts.Dashboard, nameof(DashFilterLabel));

    /// <summary>Title or partner</summary>
    public static LocalText DashFilterSearch { get; } = Text(HostTexts.Dashboard, nameof(DashFilterSearch));

    /// <summary>Approval status</summary>
    public static LocalText DashFilterApproval { get; } = Text(HostTexts.Dashboard, nameof(DashFilterApproval));

    /// <summary>Year of support</summary>
    public static LocalText DashFilterYear { get; } = Text(HostTexts.Dashboard, nameof(DashFilterYear));

    /// <summary>Overdue only</summary>
    public static LocalText DashFilterOverdueOnly { get; } = Text(HostTexts.Dashboard, nameof(DashFilterOverdueOnly));

    /// <summary>Apply filters</summary>
    public static LocalText DashApplyFilters { get; } = Text(HostTexts.Dashboard, nameof(DashApplyFilters));

    /// <summary>Clear</summary>
    public static LocalText DashClearFilters { get; } = Text(HostTexts.Dashboard, nameof(DashClearFilters));

    /// <summary>{0} collaboration</summary>
    public static LocalText DashCollaborationCountOne { get; } = Text(HostTexts.Dashboard, nameof(DashCollaborationCountOne));

    /// <summary>{0} collaborations</summary>
    public static LocalText DashCollaborationCountMany { get; } = Text(HostTexts.Dashboard, nameof(DashCollaborationCountMany));

    /// <summary>{0}, page {1} of {2}.</summary>
    public static LocalText DashCountPaged { get; } = Text(HostTexts.Dashboard, nameof(DashCountPaged));

    /// <summary>{0}.</summary>
    public static LocalText DashCountAll { get; } = Text(HostTexts.Dashboard, nameof(DashCountAll));

    /// <summary>Collaborations (select a column heading to sort)</summary>
    public static LocalText DashCollaborationsCaption { get; } = Text(HostTexts.Dashboard, nameof(DashCollaborationsCaption));

    /// <summary>Not assessed (draft)</summary>
    public static LocalText DashNotAssessed { get; } = Text(HostTexts.Dashboard, nameof(DashNotAssessed));

    /// <summary>No collaborations match.</summary>
    public static LocalText DashNoMatch { get; } = Text(HostTexts.Dashboard, nameof(DashNoMatch));

    /// <summary>Pages</summary>
    public static LocalText DashPages { get; } = Text(HostTexts.Dashboard, nameof(DashPages));

    /// <summary>Previous page</summary>
    public static LocalText DashPreviousPage { get; } = Text(HostTexts.Dashboard, nameof(DashPreviousPage));

    /// <summary>Next page</summary>
    public static LocalText DashNextPage { get; } = Text(HostTexts.Dashboard, nameof(DashNextPage));

    /// <summary>Page {0} of {1}</summary>
    public static LocalText DashPageOf { get; } = Text(HostTexts.Dashboard, nameof(DashPageOf));

    /// <summary>← All collaborations</summary>
    public static LocalText DashBackToAll { get; } = Text(HostTexts.Dashboard, nameof(DashBackToAll));

    /// <summary>Download agreement draft</summary>
    public static LocalText DashDownloadAgreement { get; } = Text(HostTexts.Dashboard, nameof(DashDownloadAgreement));

    /// <summary>Download evidence pack</summary>
    public static LocalText DashDownloadEvidence { get; } = Text(HostTexts.Dashboard, nameof(DashDownloadEvidence));

    /// <summary>Overview</summary>
    public static LocalText DashOverview { get; } = Text(HostTexts.Dashboard, nameof(DashOverview));

    /// <summary>Created by</summary>
    public static LocalText DashCreatedBy { get; } = Text(HostTexts.Dashboard, nameof(DashCreatedBy));

    /// <summary>Dates</summary>
    public static LocalText DashDates { get; } = Text(HostTexts.Dashboard, nameof(DashDates));

    /// <summary>{0} to {1}</summary>
    public static LocalText DashDateRange { get; } = Text(HostTexts.Dashboard, nameof(DashDateRange));

    /// <summary>Draft: assessed below on the answers so far.</summary>
    public static LocalText DashDraftAssessedBelow { get; } = Text(HostTexts.Dashboard, nameof(DashDraftAssessedBelow));

    /// <summary>Checklist progress</summary>
    public static LocalText DashChecklistProgress { get; } = Text(HostTexts.Dashboard, nameof(DashChecklistProgress));

    /// <summary>{0} of {1} items done</summary>
    public static LocalText DashItemsDone { get; } = Text(HostTexts.Dashboard, nameof(DashItemsDone));

    /// <summary>Next due: {0}</summary>
    public static LocalText DashNextDue { get; } = Text(HostTexts.Dashboard, nameof(DashNextDue));

    /// <summary>Compliance review</summary>
    public static LocalText DashComplianceReview { get; } = Text(HostTexts.Dashboard, nameof(DashComplianceReview));

    /// <summary>Approve (round {0})</summary>
    public static LocalText DashApproveRound { get; } = Text(HostTexts.Dashboard, nameof(DashApproveRound));

    /// <summary>Comment (optional)</summary>
    public static LocalText DashCommentOptional { get; } = Text(HostTexts.Dashboard, nameof(DashCommentOptional));

    /// <summary>Approve</summary>
    public static LocalText DashApprove { get; } = Text(HostTexts.Dashboard, nameof(DashApprove));

    /// <summary>Request changes</summary>
    public static LocalText DashRequestChanges { get; } = Text(HostTexts.Dashboard, nameof(DashRequestChanges));

    /// <summary>What should change (required)</summary>
    public static LocalText DashWhatShouldChange { get; } = Text(HostTexts.Dashboard, nameof(DashWhatShouldChange));

    /// <summary>Reject</summary>
    public static LocalText DashReject { get; } = Text(HostTexts.Dashboard, nameof(DashReject));

    /// <summary>Why (required; closes the collaboration)</summary>
    public static LocalText DashWhyReject { get; } = Text(HostTexts.Dashboard, nameof(DashWhyReject));

    /// <summary>Not submitted for review yet.</summary>
    public static LocalText DashNotSubmitted { get; } = Text(HostTexts.Dashboard, nameof(DashNotSubmitted));

    /// <summary>Every review round, first to last</summary>
    public static LocalText DashRoundsCaption { get; } = Text(HostTexts.Dashboard, nameof(DashRoundsCaption));

    /// <summary>Assessment</summary>
    public static LocalText DashAssessment { get; } = Text(HostTexts.Dashboard, nameof(DashAssessment));

    /// <summary>Checklist</summary>
    public static LocalText DashChecklist { get; } = Text(HostTexts.Dashboard, nameof(DashChecklist));

    /// <summary>Done</summary>
    public static LocalText DashDone { get; } = Text(HostTexts.Dashboard, nameof(DashDone));

    /// <summary>Open</summary>
    public static LocalText DashOpen { get; } = Text(HostTexts.Dashboard, nameof(DashOpen));

    /// <summary>No checklist yet (it is built when the collaboration is submitted).</summary>
    public static LocalText DashNoChecklist { get; } = Text(HostTexts.Dashboard, nameof(DashNoChecklist));

    /// <summary>Obligations and reminders</summary>
    public static LocalText DashObligations { get; } = Text(HostTexts.Dashboard, nameof(DashObligations));

    /// <summary>No disclosure obligations stored yet.</summary>
    public static LocalText DashNoObligations { get; } = Text(HostTexts.Dashboard, nameof(DashNoObligations));

    /// <summary>Due {0}</summary>
    public static LocalText DashDueOn { get; } = Text(HostTexts.Dashboard, nameof(DashDueOn));

    /// <summary>done by {0} on {1}</summary>
    public static LocalText DashDoneByOn { get; } = Text(HostTexts.Dashboard, nameof(DashDoneByOn));

    /// <summary>Reminders of {0}</summary>
    public static LocalText DashRemindersOf { get; } = Text(HostTexts.Dashboard, nameof(DashRemindersOf));

    /// <summary>claimed {0}, {1} attempt(s), {2}</summary>
    public static LocalText DashDeliveryClaimed { get; } = Text(HostTexts.Dashboard, nameof(DashDeliveryClaimed));

    /// <summary>unfinished</summary>
    public static LocalText DashDeliveryUnfinished { get; } = Text(HostTexts.Dashboard, nameof(DashDeliveryUnfinished));

    /// <summary>at {0}</summary>
    public static LocalText DashDeliveryAt { get; } = Text(HostTexts.Dashboard, nameof(DashDeliveryAt));

    /// <summary>Notes</summary>
    public static LocalText DashNotes { get; } = Text(HostTexts.Dashboard, nameof(DashNotes));

    /// <summary>{0}, from {1}, {2}</summary>
    public static LocalText DashNoteBy { get; } = Text(HostTexts.Dashboard, nameof(DashNoteBy));

    /// <summary>Answers</summary>
    public static LocalText DashAnswers { get; } = Text(HostTexts.Dashboard, nameof(DashAnswers));

    /// <summary>Audit trail</summary>
    public static LocalText DashAuditTrail { get; } = Text(HostTexts.Dashboard, nameof(DashAuditTrail));

    /// <summary>Open obligations up to {0} months ahead, as of {1}.</summary>
    public static LocalText DashCalendarIntro { get; } = Text(HostTexts.Dashboard, nameof(DashCalendarIntro));

    /// <summary>Obligations per month</summary>
    public static LocalText DashObligationsPerMonth { get; } = Text(HostTexts.Dashboard, nameof(DashObligationsPerMonth));

    /// <summary>Readiness by recommendation</summary>
    public static LocalText DashReadinessByRecommendation { get; } = Text(HostTexts.Dashboard, nameof(DashReadinessByRecommendation));

    /// <summary>No submitted collaborations yet.</summary>
    public static LocalText DashNoSubmitted { get; } = Text(HostTexts.Dashboard, nameof(DashNoSubmitted));

    /// <summary>Overdue ({0})</summary>
    public static LocalText DashOverdueHeading { get; } = Text(HostTexts.Dashboard, nameof(DashOverdueHeading));

    /// <summary>Upcoming by month</summary>
    public static LocalText DashUpcomingByMonth { get; } = Text(HostTexts.Dashboard, nameof(DashUpcomingByMonth));

    /// <summary>Nothing falls due in the next {0} months.</summary>
    public static LocalText DashNothingDue { get; } = Text(HostTexts.Dashboard, nameof(DashNothingDue));

    /// <summary>By country and code</summary>
    public static LocalText DashByCountryAndCode { get; } = Text(HostTexts.Dashboard, nameof(DashByCountryAndCode));

    /// <summary>No country</summary>
    public static LocalText DashNoCountry { get; } = Text(HostTexts.Dashboard, nameof(DashNoCountry));

    /// <summary>None.</summary>
    public static LocalText DashNoEntries { get; } = Text(HostTexts.Dashboard, nameof(DashNoEntries));

    /// <summary>Every collaboration is included.</summary>
    public static LocalText DashExportsAll { get; } = Text(HostTexts.Dashboard, nameof(DashExportsAll));

    /// <summary>Only your own collaborations are included.</summary>
    public static LocalText DashExportsOwn { get; } = Text(HostTexts.Dashboard, nameof(DashExportsOwn));

    /// <summary>Text cells that a spreadsheet could read as a formula start with an apostrophe.</summary>
    public static LocalText DashExportsFormulas { get; } = Text(HostTexts.Dashboard, nameof(DashExportsFormulas));

    /// <summary>Column headings stay in English in every language, so that importers can read them.</summary>
    public static LocalText DashExportsEnglishHeaders { get; } = Text(HostTexts.Dashboard, nameof(DashExportsEnglishHeaders));

    /// <summary>Disclosure list</summary>
    public static LocalText DashDisclosureList { get; } = Text(HostTexts.Dashboard, nameof(DashDisclosureList));

    /// <summary>Organisation, country, partner type, support type, amount, currency, description, dates and clause, for every collaboration with a public disclosure of that year's support.</summary>
    public static LocalText DashDisclosureListText { get; } = Text(HostTexts.Dashboard, nameof(DashDisclosureListText));

    /// <summary>Year's disclosure publication</summary>
    public static LocalText DashPublication { get; } = Text(HostTexts.Dashboard, nameof(DashPublication));

    /// <summary>The list to publish for one country: support by the year it was paid or given, grouped by the rule's list, with totals and the methodology note. Collaborations whose rule is not confirmed are in a separate "to check" sheet (.xlsx) or section (CSV), never left out silently; the HTML page holds only what is ready to publish.</summary>
    public static LocalText DashPublicationText { get; } = Text(HostTexts.Dashboard, nameof(DashPublicationText));

    /// <summary>Year of payment</summary>
    public static LocalText DashYearOfPayment { get; } = Text(HostTexts.Dashboard, nameof(DashYearOfPayment));

    /// <summary>Country (ISO code)</summary>
    public static LocalText DashCountryIso { get; } = Text(HostTexts.Dashboard, nameof(DashCountryIso));

    /// <summary>HTML page</summary>
    public static LocalText DashHtmlPage { get; } = Text(HostTexts.Dashboard, nameof(DashHtmlPage));

    /// <summary>Every collaboration with its owner, status, partner, countries, checklist progress and its latest compliance review: approval status, round, who decided, their role, when and the comment.</summary>
    public static LocalText DashExportCollaborationsText { get; } = Text(HostTexts.Dashboard, nameof(DashExportCollaborationsText));

    /// <summary>Compliance reviews</summary>
    public static LocalText DashComplianceReviews { get; } = Text(HostTexts.Dashboard, nameof(DashComplianceReviews));

    /// <summary>Every review round of every collaboration: when it was submitted and by whom, the decision, who decided with their role, when, and the comment.</summary>
    public static LocalText DashExportReviewsText { get; } = Text(HostTexts.Dashboard, nameof(DashExportReviewsText));

    /// <summary>Checklist status</summary>
    public static LocalText DashChecklistStatus { get; } = Text(HostTexts.Dashboard, nameof(DashChecklistStatus));

    /// <summary>Every checklist item with its owner, due date and who ticked it when.</summary>
    public static LocalText DashExportChecklistText { get; } = Text(HostTexts.Dashboard, nameof(DashExportChecklistText));

    /// <summary>Who changed what and when, from which channel, including obligation and reminder history.</summary>
    public static LocalText DashExportAuditText { get; } = Text(HostTexts.Dashboard, nameof(DashExportAuditText));

    /// <summary>From (inclusive)</summary>
    public static LocalText DashFromInclusive { get; } = Text(HostTexts.Dashboard, nameof(DashFromInclusive));

    /// <summary>To (inclusive)</summary>
    public static LocalText DashToInclusive { get; } = Text(HostTexts.Dashboard, nameof(DashToInclusive));

    /// <summary>Submitted collaborations waiting for a compliance decision, the longest waiting first. Waiting time is in working days (Monday to Friday).</summary>
    public static LocalText DashReviewsIntro { get; } = Text(HostTexts.Dashboard, nameof(DashReviewsIntro));

    /// <summary>Download every round (CSV)</summary>
    public static LocalText DashDownloadEveryRound { get; } = Text(HostTexts.Dashboard, nameof(DashDownloadEveryRound));

    /// <summary>Nothing is waiting for review.</summary>
    public static LocalText DashQueueEmpty { get; } = Text(HostTexts.Dashboard, nameof(DashQueueEmpty));

    /// <summary>{0} collaboration waiting for review.</summary>
    public static LocalText DashQueueCountOne { get; } = Text(HostTexts.Dashboard, nameof(DashQueueCountOne));

    /// <summary>{0} collaborations waiting for review.</summary>
    public static LocalText DashQueueCountMany { get; } = Text(HostTexts.Dashboard, nameof(DashQueueCountMany));

    /// <summary>Awaiting review, oldest first</summary>
    public static LocalText DashQueueCaption { get; } = Text(HostTexts.Dashboard, nameof(DashQueueCaption));

    /// <summary>{0} working day</summary>
    public static LocalText DashWorkingDayOne { get; } = Text(HostTexts.Dashboard, nameof(DashWorkingDayOne));

    /// <summary>{0} working days</summary>
    public static LocalText DashWorkingDayMany { get; } = Text(HostTexts.Dashboard, nameof(DashWorkingDayMany));

    /// <summary>since {0}</summary>
    public static LocalText DashSince { get; } = Text(HostTexts.Dashboard, nameof(DashSince));

    /// <summary>No reviewer configured for it</summary>
    public static LocalText DashNoReviewer { get; } = Text(HostTexts.Dashboard, nameof(DashNoReviewer));

    /// <summary>Messages the bot read as possible safety information (adverse events) and passed to pharmacovigilance. Newest first, up to {0}.</summary>
    public static LocalText DashSafetyIntro { get; } = Text(HostTexts.Dashboard, nameof(DashSafetyIntro));

    /// <summary>{0} is marked received.</summary>
    public static LocalText DashSafetyMarked { get; } = Text(HostTexts.Dashboard, nameof(DashSafetyMarked));

    /// <summary>No safety information has been reported.</summary>
    public static LocalText DashSafetyNone { get; } = Text(HostTexts.Dashboard, nameof(DashSafetyNone));

    /// <summary>(no name)</summary>
    public static LocalText DashNoName { get; } = Text(HostTexts.Dashboard, nameof(DashNoName));

    /// <summary>answer to {0}</summary>
    public static LocalText DashAnswerTo { get; } = Text(HostTexts.Dashboard, nameof(DashAnswerTo));

    /// <summary>on</summary>
    public static LocalText DashNoteOn { get; } = Text(HostTexts.Dashboard, nameof(DashNoteOn));

    /// <summary>Mark received</summary>
    public static LocalText DashMarkReceived { get; } = Text(HostTexts.Dashboard, nameof(DashMarkReceived));

    /// <summary>not yet</summary>
    public static LocalText DashNotYet { get; } = Text(HostTexts.Dashboard, nameof(DashNotYet));

    /// <summary>Sign in</summary>
    public static LocalText DashSignIn { get; } = Text(HostTexts.Dashboard, nameof(DashSignIn));

    /// <summary>The compliance workspace shows collaborations, disclosure deadlines and their history. Nothing is shown before you sign in.</summary>
    public static LocalText DashSignInIntro { get; } = Text(HostTexts.Dashboard, nameof(DashSignInIntro));

    /// <summary>The sign-in did not complete. Try again, or ask your administrator whether your account may use the dashboard.</summary>
    public static LocalText DashSignInFailed { get; } = Text(HostTexts.Dashboard, nameof(DashSignInFailed));

    /// <summary>Sign in with Microsoft (opens a new window)</summary>
    public static LocalText DashSignInMicrosoftNewWindow { get; } = Text(HostTexts.Dashboard, nameof(DashSignInMicrosoftNewWindow));

    /// <summary>Microsoft's sign-in page cannot open inside Teams. Sign in in the new window, then reload this tab.</summary>
    public static LocalText DashSignInTeamsHint { get; } = Text(HostTexts.Dashboard, nameof(DashSignInTeamsHint));

    /// <summary>Sign in with Microsoft</summary>
    public static LocalText DashSignInMicrosoft { get; } = Text(HostTexts.Dashboard, nameof(DashSignInMicrosoft));

    /// <summary>Local development sign-in. It works only from this machine and checks no password: use it to try the dashboard, never for real data.</summary>
    public static LocalText DashLocalSignInBanner { get; } = Text(HostTexts.Dashboard, nameof(DashLocalSignInBanner));

    /// <summary>Your name</summary>
    public static LocalText DashYourName { get; } = Text(HostTexts.Dashboard, nameof(DashYourName));

    /// <summary>Sign in as</summary>
    public static LocalText DashSignInAs { get; } = Text(HostTexts.Dashboard, nameof(DashSignInAs));

    /// <summary>Compliance (sees every collaboration)</summary>
    public static LocalText DashRoleCompliance { get; } = Text(HostTexts.Dashboard, nameof(DashRoleCompliance));

    /// <summary>Owner (sees only the collaborations of the chat accounts below)</summary>
    public static LocalText DashRoleOwner { get; } = Text(HostTexts.Dashboard, nameof(DashRoleOwner));

    /// <summary>Your chat accounts</summary>
    public static LocalText DashYourAccounts { get; } = Text(HostTexts.Dashboard, nameof(DashYourAccounts));

    /// <summary>As the bot stores them, comma-separated: console:dana, msteams:29:1abc…, slack:T0123:U0456.</summary>
    public static LocalText DashAccountsHelp { get; } = Text(HostTexts.Dashboard, nameof(DashAccountsHelp));

    /// <summary>Entra object id (optional)</summary>
    public static LocalText DashObjectIdLabel { get; } = Text(HostTexts.Dashboard, nameof(DashObjectIdLabel));

    /// <summary>To decide reviews as a reviewer configured in Approvals:Reviewers (their TeamsAadObjectId).</summary>
    public static LocalText DashObjectIdHelp { get; } = Text(HostTexts.Dashboard, nameof(DashObjectIdHelp));

    /// <summary>Sign in locally</summary>
    public static LocalText DashSignInLocally { get; } = Text(HostTexts.Dashboard, nameof(DashSignInLocally));

    /// <summary>Give a name of 1 to 100 characters.</summary>
    public static LocalText DashSignInNameInvalid { get; } = Text(HostTexts.Dashboard, nameof(DashSignInNameInvalid));

    /// <summary>Choose compliance or owner.</summary>
    public static LocalText DashSignInRoleInvalid { get; } = Text(HostTexts.Dashboard, nameof(DashSignInRoleInvalid));

    /// <summary>Write chat accounts as channel:user id, for example console:dana or slack:T0123:U0456.</summary>
    public static LocalText DashSignInAccountsInvalid { get; } = Text(HostTexts.Dashboard, nameof(DashSignInAccountsInvalid));

    /// <summary>An owner needs at least one chat account.</summary>
    public static LocalText DashSignInOwnerNeedsAccount { get; } = Text(HostTexts.Dashboard, nameof(DashSignInOwnerNeedsAccount));

    /// <summary>Write the Entra object id as a GUID, or leave it empty.</summary>
    public static LocalText DashSignInObjectIdInvalid { get; } = Text(HostTexts.Dashboard, nameof(DashSignInObjectIdInvalid));

    /// <summary>Add the compliance tab</summary>
    public static LocalText DashTeamsTabTitle { get; } = Text(HostTexts.Dashboard, nameof(DashTeamsTabTitle));

    /// <summary>This tab shows the PartnershipBot compliance workspace to the members of this team. Each person signs in with their own account and sees what their role allows: compliance leads every collaboration, everyone else only their own.</summary>
    public static LocalText DashTeamsTabText { get; } = Text(HostTexts.Dashboard, nameof(DashTeamsTabText));

    /// <summary>Select {0} to add it.</summary>
    public static LocalText DashTeamsTabSave { get; } = Text(HostTexts.Dashboard, nameof(DashTeamsTabSave));

    /// <summary>Save</summary>
    public static LocalText DashTeamsSaveButton { get; } = Text(HostTexts.Dashboard, nameof(DashTeamsSaveButton));

    /// <summary>Linked chat accounts</summary>
    public static LocalText DashLinkedAccounts { get; } = Text(HostTexts.Dashboard, nameof(DashLinkedAccounts));

    /// <summary>Accounts joined with the bot's link command are one person: what any of them created shows here. Type unlink in a private chat with the bot to separate an account again.</summary>
    public static LocalText DashLinkedAccountsIntro { get; } = Text(HostTexts.Dashboard, nameof(DashLinkedAccountsIntro));

    /// <summary>The accounts linked to the account that created this collaboration, and when they were linked or unlinked.</summary>
    public static LocalText DashCreatorLinkedIntro { get; } = Text(HostTexts.Dashboard, nameof(DashCreatorLinkedIntro));

    /// <summary>Linking history</summary>
    public static LocalText DashLinkHistory { get; } = Text(HostTexts.Dashboard, nameof(DashLinkHistory));

    /// <summary>Accounts linked and unlinked, newest first (times in UTC)</summary>
    public static LocalText DashLinkHistoryCaption { get; } = Text(HostTexts.Dashboard, nameof(DashLinkHistoryCaption));

    /// <summary>Accounts</summary>
    public static LocalText DashColAccounts { get; } = Text(HostTexts.Dashboard, nameof(DashColAccounts));

    /// <summary>Linked</summary>
    public static LocalText DashLinkJoined { get; } = Text(HostTexts.Dashboard, nameof(DashLinkJoined));

    /// <summary>Unlinked</summary>
    public static LocalText DashLinkRemoved { get; } = Text(HostTexts.Dashboard, nameof(DashLinkRemoved));

    /// <summary>{0} linked to {1}</summary>
    public static LocalText DashLinkJoinedDetail { get; } = Text(HostTexts.Dashboard, nameof(DashLinkJoinedDetail));

    /// <summary>{0} taken out of the linked accounts</summary>
    public static LocalText DashLinkRemovedDetail { get; } = Text(HostTexts.Dashboard, nameof(DashLinkRemovedDetail));

    /// <summary>No account has been linked or unlinked yet.</summary>
    public static LocalText DashNoLinkEvents { get; } = Text(HostTexts.Dashboard, nameof(DashNoLinkEvents));
}
