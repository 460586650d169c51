namespace PartnershipBot.Tests.Support;

/// <summary>
/// The domestic asthma review as the form tests fill it (Teams dialog, Slack modals), by question id; a choice not
/// named here takes its first option, as a hurried user would.
/// </summary>
public static class AsthmaFormAnswers
{
    public static IReadOnlyDictionary<string, string> ById { get; } = new Dictionary<string, string>
    {
        ["title"] = "Asthma school toolkit",
        ["partner"] = "Breathe Easy UK",
        ["partner_type"] = "patient_org",
        ["scope"] = "domestic",
        ["countries"] = "GB",
        ["partner_country"] = "GB",
        ["start_date"] = "2027-05-01",
        ["end_date"] = "2028-04-30",
        ["owner_is_me"] = "yes",
        ["support_type"] = "grant",
        ["support_amount"] = "25000",
        ["payment_timing"] = "one_payment",
        ["payment_date"] = "2027-06-01",
        ["patient_outcome"] = "Children with asthma miss fewer school days",
        ["feedback_channel"] = "A steering group with two parents",
        ["benefits_profile"] = "A joint poster at the national asthma conference",
    };
}
