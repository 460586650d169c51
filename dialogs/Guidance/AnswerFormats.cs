using System.Globalization;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// Text answers with a shape (<see cref="Question.Format"/>): read into their canonical values, or a reply saying
/// what could not be read.
/// </summary>
public static class AnswerFormats
{
    public const string CountryList = "countries";

    /// <summary>One country (where the partner is based): the same names and codes as a list, but exactly one.</summary>
    public const string Country = "country";
    public const string DateList = "dates";

    public static (IReadOnlyList<string> Values, string? Error) Read(string? format, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        switch (format)
        {
            case CountryList:
            {
                var (codes, unknown) = Countries.ParseList(text);
                if (unknown.Count > 0)
                {
                    return ([], $"I don't know {AnswerText.JoinList(unknown.Select(u => $"\"{u}\""))} as a country. Use a name or a two-letter ISO code, for example UK (GB), Norway (NO), Germany (DE).");
                }

                return codes.Count == 0 ? ([], "Name at least one country, for example UK, Norway.") : (codes, null);
            }

            case Country:
            {
                var (codes, error) = Read(CountryList, text);
                return error is not null ? ([], error)
                    : codes.Count > 1 ? ([], $"Name one country, the one where the partner is registered or mainly active (you named {AnswerText.JoinList(codes.Select(Countries.Label))}).")
                    : (codes, null);
            }

            case DateList:
            {
                var dates = new List<DateOnly>();
                foreach (var part in text.Split([',', ';', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!DateOnly.TryParseExact(part, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        return ([], $"\"{part}\" is not a date as yyyy-mm-dd. Type the dates separated by commas, for example 2027-03-01, 2028-03-01.");
                    }

                    dates.Add(date);
                }

                return dates.Count == 0
                    ? ([], "Type at least one date as yyyy-mm-dd.")
                    : ([.. dates.Distinct().Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))], null);
            }

            default:
                return ([text.Trim()], null);
        }
    }
}
