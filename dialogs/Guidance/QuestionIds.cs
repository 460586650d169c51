namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// The question ids that code reads answers by. Everything else about a question is data in the pack; these ids
/// are the contract between the pack and the code, so the loader refuses a pack that lacks one of them.
/// </summary>
public static class QuestionIds
{
    public const string Title = "title";
    public const string PartnerType = "partner_type";
    public const string Scope = "scope";
    public const string Countries = "countries";
    public const string StartDate = "start_date";
    public const string EndDate = "end_date";
    public const string OwnerIsMe = "owner_is_me";
    public const string OwnerName = "owner_name";
    public const string SupportType = "support_type";
    public const string ReviewCadence = "review_cadence";
    public const string PaymentTiming = "payment_timing";
    public const string PaymentDate = "payment_date";
    public const string PaymentDates = "payment_dates";
    public const string AgreementStatus = "agreement_status";

    /// <summary>Where the partner (the recipient) is based: disclosure follows the recipient's country.</summary>
    public const string PartnerCountry = "partner_country";

    /// <summary>Which company entity pays (the partner's country or another): cross-border data for the disclosure.</summary>
    public const string PayingEntity = "paying_entity";

    /// <summary>Individuals paid: lay patients or members of the public, patient-organisation representatives, HCPs.</summary>
    public const string PeoplePaid = "people_paid";

    // Read by the dashboard and the documents (publication lines, agreement draft, the dashboard's outcome column).
    public const string Partner = "partner";
    public const string SupportAmount = "support_amount";
    public const string SupportCurrency = "support_currency";
    public const string InKindValue = "in_kind_value";
    public const string PatientOutcome = "patient_outcome";

    // Read by the agreement draft (bot/Documents/AgreementBuilder.cs).
    public const string AcknowledgedFromStart = "acknowledged_from_start";
    public const string BenefitsProfile = "benefits_profile";
    public const string DisclosurePlan = "disclosure_plan";
    public const string Experts = "experts";
    public const string FeedbackChannel = "feedback_channel";
    public const string PatientsSetObjectives = "patients_set_objectives";
    public const string Recognition = "recognition";

    public static IReadOnlyList<string> Required { get; } =
        [Title, PartnerType, Scope, Countries, StartDate, EndDate, OwnerIsMe, OwnerName, SupportType, ReviewCadence,
            PaymentTiming, PaymentDate, PaymentDates, AgreementStatus, PartnerCountry, PayingEntity, PeoplePaid,
            Partner, SupportAmount, SupportCurrency, InKindValue, PatientOutcome, AcknowledgedFromStart, BenefitsProfile,
            DisclosurePlan, Experts, FeedbackChannel, PatientsSetObjectives, Recognition];

    internal static void Check(PackReader r, IEnumerable<Located<Question>> questions, YamlDotNet.RepresentationModel.YamlNode root)
    {
        var defined = questions.Select(q => q.Value.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in Required.Where(id => !defined.Contains(id)))
        {
            r.Error(root, "questions", $"question '{id}' is missing; the bot reads its answer by this id");
        }
    }
}
