namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// Answers the rules read that nobody types: what a collaboration answered before the bot asked (where the partner
/// is based, who is paid) read as the bot read it then, and facts computed from the dates. Applied before every
/// condition is evaluated, so old collaborations keep their checklist and obligations when the pack grows a question.
/// </summary>
public static class DerivedAnswers
{
    /// <summary>Days from the end date to the last payment or in-kind date (positive: paid after the end).</summary>
    public const string DaysPaidAfterEnd = "days_paid_after_end";

    /// <summary>Fields a condition may read besides the questions.</summary>
    public static IReadOnlyList<string> Fields { get; } = [Assessor.DaysToStart, DaysPaidAfterEnd];

    public static Answers Of(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);

        // Answers from before the bot asked where the partner is based were judged by every country the project
        // covers; they keep that reading until someone answers the new question.
        if (!answers.Has(QuestionIds.PartnerCountry) && DisclosureCalendar.CountryCodes(answers) is { Count: > 0 } countries)
        {
            answers = answers.With(QuestionIds.PartnerCountry, countries);
        }

        // Before the bot asked who was paid, individuals were read as lay patients or members of the public.
        if (answers.Get(QuestionIds.PartnerType) == PatientsPublic && !answers.Has(QuestionIds.PeoplePaid))
        {
            answers = answers.With(QuestionIds.PeoplePaid, PatientsPublic);
        }

        if (answers.GetDate(QuestionIds.EndDate) is { } end && DisclosureCalendar.SupportDates(answers) is { Count: > 0 } dates)
        {
            answers = answers.With(DaysPaidAfterEnd, (dates[^1].DayNumber - end.DayNumber).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return answers;
    }

    /// <summary>The partner type value for individual patients or members of the public.</summary>
    public const string PatientsPublic = "patients_public";
}
