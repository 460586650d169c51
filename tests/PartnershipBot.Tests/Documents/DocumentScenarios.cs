using System.Text.Json;
using PartnershipBot.Data;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Partnerships;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Documents;

/// <summary>
/// The six guidance cases of ComplianceScenarioTests as stored answers (canonical values, as the interview keeps
/// them), and a way to store collaborations straight into a test database.
/// </summary>
public static class DocumentScenarios
{
    public static readonly GuidancePack Pack = GuidancePack.LoadDefault();

    public static readonly DateOnly Prepared = new(2027, 1, 10);

    public static TheoryData<string> Names => [.. Cases.Keys];

    public static IReadOnlyDictionary<string, Answers> Cases { get; } = new Dictionary<string, Answers>(StringComparer.Ordinal)
    {
        ["uk-patient-organisation-grant"] = Answers("Breathe Easy UK", "patient_org", "GB", "grant", "one_payment", "2027-03-15"),
        ["uk-society-sponsorship"] = Answers("British Thoracic Society", "hcp_society", "GB", "sponsorship", "one_payment", "2027-09-10"),
        ["german-patient-organisation"] = Answers("Deutsche Asthma Liga", "patient_org", "DE", "grant", "one_payment", "2027-03-15").With("de_code", "unsure"),
        ["multi-country-gb-no-us"] = Answers("Nordic-Atlantic Asthma Alliance", "patient_org", "GB, NO, US", "grant", "schedule", "2027-03-01, 2028-03-01"),
        ["contracted-advisory-board"] = Answers("Six patients (advisory board)", "patients_public", "GB", "contracted_services", "schedule", "2027-06-10, 2027-11-10").With("people_paid", ["patients_public"]),
        ["grant-paid-before-start"] = Answers("Breathe Easy UK", "patient_org", "GB", "grant", "one_payment", "2027-12-15", start: "2028-02-01", end: "2028-12-31"),
    };

    public static Answers Answers(string partner, string partnerType, string countries, string support, string timing, string dates,
        string start = "2027-05-01", string end = "2028-04-30", string amount = "25000", string? basedIn = null)
    {
        var codes = AnswerFormats.Read(AnswerFormats.CountryList, countries).Values;
        var answers = Dialogs.Guidance.Answers.Empty
            .With("title", "Scenario").With("partner", partner).With("partner_type", partnerType).With("scope", "domestic")
            .With("countries", codes).With("partner_country", basedIn ?? codes[0]).With("start_date", start).With("end_date", end).With("owner_is_me", "yes")
            .With("support_type", support).With("support_amount", amount).With("support_currency", "GBP").With("payment_timing", timing)
            .With("patient_outcome", "Patients get answers in their own words").With("patients_set_objectives", "yes")
            .With("experts", ["patient_experts"]).With("recognition", ["fmv_payment"]).With("feedback_channel", "A steering group with patients")
            .With("review_cadence", "quarterly").With("agreement_status", "drafted").With("disclosure_plan", "company_website")
            .With("acknowledged_from_start", "yes").With("benefits_profile", "A joint poster");
        return timing == "one_payment" ? answers.With("payment_date", dates) : answers.With("payment_dates", AnswerFormats.Read(AnswerFormats.DateList, dates).Values);
    }

    /// <summary>Stores a collaboration with these answers (as the interview's save does) and returns its id.</summary>
    public static async Task<Guid> StoreAsync(TempDatabase database, string title, Answers answers, string status = "Submitted",
        string channel = "console", string user = "dana", DateTimeOffset? at = null)
    {
        await using var db = await database.CreateContextAsync();
        var id = Guid.NewGuid();
        Add(db, id, title, answers, status, channel, user, at ?? DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        return id;
    }

    public static void Add(BotDbContext db, Guid id, string title, Answers answers, string status, string channel, string user, DateTimeOffset at)
    {
        db.Collaborations.Add(new CollaborationRow
        {
            Id = id,
            Title = title,
            Status = status,
            CreatedByChannel = channel,
            CreatedByUserId = user,
            CreatedByName = user,
            ConversationKey = $"{channel}:{user}",
            CreatedAt = at,
            UpdatedAt = at,
            SubmittedAt = status == "Submitted" ? at : null,
        });
        foreach (var (question, values) in answers.With("title", title).Values)
        {
            db.Answers.Add(new AnswerRow { CollaborationId = id, QuestionId = question, ValuesJson = JsonSerializer.Serialize(values.ToArray()), AnsweredBy = user, AnsweredAt = at });
        }
    }
}
