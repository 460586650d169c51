using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Texts;

/// <summary>The keys of Documents.resx: headings and fixed sentences of the agreement draft, the year's publication and the evidence pack's readme. Plain text: documents are not markdown.</summary>
public static partial class Say
{
    /// <summary>Written agreement (draft)</summary>
    public static LocalText DocAgreementTitle { get; } = Text(HostTexts.Documents, nameof(DocAgreementTitle));

    /// <summary>Written agreement (draft): {0}</summary>
    public static LocalText DocAgreementDocumentTitle { get; } = Text(HostTexts.Documents, nameof(DocAgreementDocumentTitle));

    /// <summary>Draft prepared by PartnershipBot on {0} from the answers given in the review. It is not legal advice: legal must review it before it is sent or signed.</summary>
    public static LocalText DocAgreementPrepared { get; } = Text(HostTexts.Documents, nameof(DocAgreementPrepared));

    /// <summary>Source: {0}</summary>
    public static LocalText DocSource { get; } = Text(HostTexts.Documents, nameof(DocSource));

    /// <summary>[partner — not answered]</summary>
    public static LocalText DocPartnerNotAnswered { get; } = Text(HostTexts.Documents, nameof(DocPartnerNotAnswered));

    /// <summary>1. Parties</summary>
    public static LocalText DocHeadingParties { get; } = Text(HostTexts.Documents, nameof(DocHeadingParties));

    /// <summary>2. The activity and its objectives</summary>
    public static LocalText DocHeadingActivity { get; } = Text(HostTexts.Documents, nameof(DocHeadingActivity));

    /// <summary>3. Each party's role</summary>
    public static LocalText DocHeadingRoles { get; } = Text(HostTexts.Documents, nameof(DocHeadingRoles));

    /// <summary>4. Time frame</summary>
    public static LocalText DocHeadingTimeFrame { get; } = Text(HostTexts.Documents, nameof(DocHeadingTimeFrame));

    /// <summary>5. The support</summary>
    public static LocalText DocHeadingSupport { get; } = Text(HostTexts.Documents, nameof(DocHeadingSupport));

    /// <summary>6. Independence of the partner</summary>
    public static LocalText DocHeadingIndependence { get; } = Text(HostTexts.Documents, nameof(DocHeadingIndependence));

    /// <summary>7. Acknowledgement and disclosure</summary>
    public static LocalText DocHeadingDisclosure { get; } = Text(HostTexts.Documents, nameof(DocHeadingDisclosure));

    /// <summary>8. Feedback and joint reviews</summary>
    public static LocalText DocHeadingFeedback { get; } = Text(HostTexts.Documents, nameof(DocHeadingFeedback));

    /// <summary>9. Clauses the rules require</summary>
    public static LocalText DocHeadingClauses { get; } = Text(HostTexts.Documents, nameof(DocHeadingClauses));

    /// <summary>10. Governing law</summary>
    public static LocalText DocHeadingLaw { get; } = Text(HostTexts.Documents, nameof(DocHeadingLaw));

    /// <summary>11. Signatures</summary>
    public static LocalText DocHeadingSignatures { get; } = Text(HostTexts.Documents, nameof(DocHeadingSignatures));

    /// <summary>Annex: the answers this draft was built from</summary>
    public static LocalText DocHeadingAnnex { get; } = Text(HostTexts.Documents, nameof(DocHeadingAnnex));

    /// <summary>The company</summary>
    public static LocalText DocTheCompany { get; } = Text(HostTexts.Documents, nameof(DocTheCompany));

    /// <summary>The partner</summary>
    public static LocalText DocThePartner { get; } = Text(HostTexts.Documents, nameof(DocThePartner));

    /// <summary>Kind of organisation</summary>
    public static LocalText DocKindOfOrganisation { get; } = Text(HostTexts.Documents, nameof(DocKindOfOrganisation));

    /// <summary>The partner is based in</summary>
    public static LocalText DocPartnerBasedIn { get; } = Text(HostTexts.Documents, nameof(DocPartnerBasedIn));

    /// <summary>Project owner at the company</summary>
    public static LocalText DocProjectOwner { get; } = Text(HostTexts.Documents, nameof(DocProjectOwner));

    /// <summary>Collaboration</summary>
    public static LocalText DocCollaboration { get; } = Text(HostTexts.Documents, nameof(DocCollaboration));

    /// <summary>Scope</summary>
    public static LocalText DocScope { get; } = Text(HostTexts.Documents, nameof(DocScope));

    /// <summary>Countries</summary>
    public static LocalText DocCountries { get; } = Text(HostTexts.Documents, nameof(DocCountries));

    /// <summary>Objective, as patients would put it</summary>
    public static LocalText DocObjective { get; } = Text(HostTexts.Documents, nameof(DocObjective));

    /// <summary>Patients helped set the objectives</summary>
    public static LocalText DocPatientsSetObjectives { get; } = Text(HostTexts.Documents, nameof(DocPatientsSetObjectives));

    /// <summary>provides the support set out in section 5; its project owner is {0}.</summary>
    public static LocalText DocCompanyRole { get; } = Text(HostTexts.Documents, nameof(DocCompanyRole));

    /// <summary>carries out the activity and keeps every decision on its own policies and activities (section 6).</summary>
    public static LocalText DocPartnerRole { get; } = Text(HostTexts.Documents, nameof(DocPartnerRole));

    /// <summary>Experts taking part</summary>
    public static LocalText DocExperts { get; } = Text(HostTexts.Documents, nameof(DocExperts));

    /// <summary>How each expert is recognised</summary>
    public static LocalText DocRecognition { get; } = Text(HostTexts.Documents, nameof(DocRecognition));

    /// <summary>Start</summary>
    public static LocalText DocStart { get; } = Text(HostTexts.Documents, nameof(DocStart));

    /// <summary>End</summary>
    public static LocalText DocEnd { get; } = Text(HostTexts.Documents, nameof(DocEnd));

    /// <summary>Type of support</summary>
    public static LocalText DocSupportType { get; } = Text(HostTexts.Documents, nameof(DocSupportType));

    /// <summary>The company gives no financial or in-kind support under this agreement.</summary>
    public static LocalText DocNoSupport { get; } = Text(HostTexts.Documents, nameof(DocNoSupport));

    /// <summary>Given in kind, and its value</summary>
    public static LocalText DocInKind { get; } = Text(HostTexts.Documents, nameof(DocInKind));

    /// <summary>Amount</summary>
    public static LocalText DocAmount { get; } = Text(HostTexts.Documents, nameof(DocAmount));

    /// <summary>How it is paid or given</summary>
    public static LocalText DocHowPaid { get; } = Text(HostTexts.Documents, nameof(DocHowPaid));

    /// <summary>Payment dates</summary>
    public static LocalText DocPaymentDates { get; } = Text(HostTexts.Documents, nameof(DocPaymentDates));

    /// <summary>{0} remains independent in its policies and activities. The company will not promote, and will not ask {0} to promote, a prescription-only medicine.</summary>
    public static LocalText DocIndependence { get; } = Text(HostTexts.Documents, nameof(DocIndependence));

    /// <summary>The support is not conditional on exclusivity: the company does not require to be the sole funder of {0} or of this activity, and {0} decides who else funds it.</summary>
    public static LocalText DocNotSoleFunder { get; } = Text(HostTexts.Documents, nameof(DocNotSoleFunder));

    /// <summary>The company's support is acknowledged in materials from the start</summary>
    public static LocalText DocAcknowledged { get; } = Text(HostTexts.Documents, nameof(DocAcknowledged));

    /// <summary>Where the collaboration is disclosed</summary>
    public static LocalText DocWhereDisclosed { get; } = Text(HostTexts.Documents, nameof(DocWhereDisclosed));

    /// <summary>The company discloses the support publicly for each calendar year in which it is paid or given ({0}), and {1} is told where and when. Under the rules of the country where the partner is based:</summary>
    public static LocalText DocDisclosesYearly { get; } = Text(HostTexts.Documents, nameof(DocDisclosesYearly));

    /// <summary>no year known yet</summary>
    public static LocalText DocNoYearYet { get; } = Text(HostTexts.Documents, nameof(DocNoYearYet));

    /// <summary>{0}: no disclosure rule is configured in the content pack for this partner type.</summary>
    public static LocalText DocNoRule { get; } = Text(HostTexts.Documents, nameof(DocNoRule));

    /// <summary>Confirm with legal which local code applies; no rule was invented.</summary>
    public static LocalText DocConfirmWhichCode { get; } = Text(HostTexts.Documents, nameof(DocConfirmWhichCode));

    /// <summary>Confirm with legal: the content pack marks this rule as not confirmed against the code's current text.</summary>
    public static LocalText DocConfirmWithLegal { get; } = Text(HostTexts.Documents, nameof(DocConfirmWithLegal));

    /// <summary>How the partner gives feedback</summary>
    public static LocalText DocFeedbackChannel { get; } = Text(HostTexts.Documents, nameof(DocFeedbackChannel));

    /// <summary>Joint reviews</summary>
    public static LocalText DocJointReviews { get; } = Text(HostTexts.Documents, nameof(DocJointReviews));

    /// <summary>Showing the benefits of working together</summary>
    public static LocalText DocBenefits { get; } = Text(HostTexts.Documents, nameof(DocBenefits));

    /// <summary>This agreement is put in writing and signed before the support starts.</summary>
    public static LocalText DocInWriting { get; } = Text(HostTexts.Documents, nameof(DocInWriting));

    /// <summary>No further clause of the content pack applies to these answers.</summary>
    public static LocalText DocNoFurtherClause { get; } = Text(HostTexts.Documents, nameof(DocNoFurtherClause));

    /// <summary>This agreement is governed by {0}.</summary>
    public static LocalText DocGovernedBy { get; } = Text(HostTexts.Documents, nameof(DocGovernedBy));

    /// <summary>For the company</summary>
    public static LocalText DocForCompany { get; } = Text(HostTexts.Documents, nameof(DocForCompany));

    /// <summary>For the partner</summary>
    public static LocalText DocForPartner { get; } = Text(HostTexts.Documents, nameof(DocForPartner));

    /// <summary>{0}: name, role, signature and date</summary>
    public static LocalText DocSignatureLine { get; } = Text(HostTexts.Documents, nameof(DocSignatureLine));

    /// <summary>Support to patient organisations and partners in {0}, {1}</summary>
    public static LocalText DocPublicationTitle { get; } = Text(HostTexts.Documents, nameof(DocPublicationTitle));

    /// <summary>Support given in {0}: {1}</summary>
    public static LocalText DocPublicationHeading { get; } = Text(HostTexts.Documents, nameof(DocPublicationHeading));

    /// <summary>Organisation</summary>
    public static LocalText DocPublicationColOrganisation { get; } = Text(HostTexts.Documents, nameof(DocPublicationColOrganisation));

    /// <summary>Partner type</summary>
    public static LocalText DocPublicationColPartnerType { get; } = Text(HostTexts.Documents, nameof(DocPublicationColPartnerType));

    /// <summary>Support type</summary>
    public static LocalText DocPublicationColSupportType { get; } = Text(HostTexts.Documents, nameof(DocPublicationColSupportType));

    /// <summary>Value</summary>
    public static LocalText DocPublicationColValue { get; } = Text(HostTexts.Documents, nameof(DocPublicationColValue));

    /// <summary>Currency</summary>
    public static LocalText DocPublicationColCurrency { get; } = Text(HostTexts.Documents, nameof(DocPublicationColCurrency));

    /// <summary>In kind</summary>
    public static LocalText DocPublicationColInKind { get; } = Text(HostTexts.Documents, nameof(DocPublicationColInKind));

    /// <summary>Description</summary>
    public static LocalText DocPublicationColDescription { get; } = Text(HostTexts.Documents, nameof(DocPublicationColDescription));

    /// <summary>Total: {0} line, {1} {2}</summary>
    public static LocalText DocPublicationTotalOne { get; } = Text(HostTexts.Documents, nameof(DocPublicationTotalOne));

    /// <summary>Total: {0} lines, {1} {2}</summary>
    public static LocalText DocPublicationTotalMany { get; } = Text(HostTexts.Documents, nameof(DocPublicationTotalMany));

    /// <summary>No support to publish for this year and country.</summary>
    public static LocalText DocPublicationNothing { get; } = Text(HostTexts.Documents, nameof(DocPublicationNothing));

    /// <summary>Methodology</summary>
    public static LocalText DocPublicationMethodology { get; } = Text(HostTexts.Documents, nameof(DocPublicationMethodology));

    /// <summary>Support paid or given in {0} in {1}, by the year of payment, not the project dates.</summary>
    public static LocalText DocPublicationByPaymentYear { get; } = Text(HostTexts.Documents, nameof(DocPublicationByPaymentYear));
}
