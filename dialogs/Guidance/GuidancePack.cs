namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// The validated content pack: what the bot says and how it judges a collaboration. Built only by
/// <see cref="GuidancePackLoader"/>, so every reference inside it resolves.
/// </summary>
public sealed record GuidancePack
{
    public required string Origin { get; init; }
    public required IReadOnlyList<Source> Sources { get; init; }
    public required IReadOnlyList<Principle> Principles { get; init; }
    public required IReadOnlyList<Question> Questions { get; init; }
    public required IReadOnlyList<PrincipleRules> Assessment { get; init; }
    public required IReadOnlyList<ChecklistTemplate> Checklist { get; init; }
    public required DisclosureRules Disclosure { get; init; }
    public required IReadOnlyList<QuizQuestion> Quiz { get; init; }

    /// <summary>The rules that spot safety information (adverse events) in what people type.</summary>
    public required SafetyRules Safety { get; init; }

    /// <summary>The company's wording for the drafted documents (optional sections; unset texts show placeholders).</summary>
    public DocumentTexts Documents { get; init; } = DocumentTexts.Empty;

    public Source Source(string id) => Sources.First(s => s.Id == id);

    public Principle Principle(string id) => Principles.First(p => p.Id == id);

    public Question? Question(string id)
    {
        // Looked up at every interview step: an index loop allocates neither a closure nor an enumerator.
        for (var i = 0; i < Questions.Count; i++)
        {
            if (Questions[i].Id == id)
            {
                return Questions[i];
            }
        }

        return null;
    }

    /// <summary>The default pack, embedded in the dialogs assembly.</summary>
    public static GuidancePack LoadDefault() => GuidancePackLoader.LoadDefault();

    /// <summary>A pack from a file; throws <see cref="GuidancePackException"/> listing every problem.</summary>
    public static GuidancePack Load(string path) => GuidancePackLoader.LoadFile(path);
}

/// <summary>
/// Where a statement comes from. <see cref="Listed"/> is when the source was listed in the pack; <see cref="Read"/>
/// is when its text was last read (null: listed from notes, not re-read), so a citation never claims a check that
/// did not happen. <see cref="Kind"/> is code, seed, guidance, report or company_policy.
/// </summary>
public sealed record Source(string Id, string Kind, string Title, string Publisher, string? Url, string? Version, DateOnly Listed, DateOnly? Read, string? Note)
{
    public const string CompanyPolicy = "company_policy";

    public static readonly IReadOnlyList<string> Kinds = ["code", "seed", "guidance", "report", CompanyPolicy];

    public bool IsCompanyPolicy => Kind == CompanyPolicy;

    /// <summary>
    /// How the bot cites it: "Title — Publisher, version". No brackets of its own: publishers and versions carry
    /// their own ("(PMCPA)", "(in force 1 January 2025)"), and citations often stand inside a bracket already.
    /// </summary>
    public string Citation => Version is { } v ? $"{Title} — {Publisher}, {v}" : $"{Title} — {Publisher}";

    /// <summary>
    /// The citation with a clause or page and when its text was read ("checked 2 Dec 2026"), or "not re-read, listed
    /// 2 Dec 2026" for a source whose text nobody read, for cards and checklists.
    /// </summary>
    public string Cite(string? where) =>
        (IsCompanyPolicy ? "Company policy (a setting, not a code rule)" : Citation)
        + (string.IsNullOrWhiteSpace(where) ? "" : $", {where}")
        + (Read is { } read || IsCompanyPolicy ? $"; checked {Day(Read ?? Listed)}" : $"; not re-read, listed {Day(Listed)}");

    private static string Day(DateOnly d) => d.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A recommendation (R1-R4), a humanitarian lesson (L1-L4) or another principle (P1).</summary>
public sealed record Principle(string Id, string Kind, string Title, string Summary, string Why, string SourceId)
{
    /// <summary>Lessons and the capacity principle apply to international or humanitarian work only.</summary>
    public bool InternationalOnly => Kind != "recommendation";

    /// <summary>Its texts in other languages ("de", "fr"), as the pack carries them (<see cref="GuidanceLocalizer"/>).</summary>
    public IReadOnlyDictionary<string, PackTranslation> Translations { get; init; } = PackTranslation.None;

    /// <summary>Whether the texts are a translation compliance has not reviewed yet (set on a localized copy).</summary>
    public bool Unreviewed { get; init; }
}

public enum QuestionKind
{
    Text,
    Number,
    Confirm,
    Choice,
    MultiChoice,
    Date,
}

public sealed record Question
{
    public required string Id { get; init; }
    /// <summary>Short name in the review list, e.g. "Partner type".</summary>
    public required string Label { get; init; }
    public required QuestionKind Kind { get; init; }
    public required string Prompt { get; init; }
    public required string Help { get; init; }
    public string? PrincipleId { get; init; }
    public Condition? When { get; init; }

    /// <summary>Text answers with a shape: "countries" (ISO 3166-1 codes from names or codes) or "dates" (yyyy-mm-dd list).</summary>
    public string? Format { get; init; }
    public IReadOnlyList<QuestionChoice> Choices { get; init; } = [];
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public bool Whole { get; init; }

    /// <summary>Date questions: the answer must fall after this other date question's answer.</summary>
    public string? After { get; init; }

    /// <summary>The question's texts in other languages ("de", "fr"), as the pack carries them.</summary>
    public IReadOnlyDictionary<string, QuestionTranslation> Translations { get; init; } = new Dictionary<string, QuestionTranslation>();

    /// <summary>
    /// Whether the texts shown are a translation compliance has not reviewed yet (set on a localized copy from
    /// <see cref="QuestionLocalizer"/>; English is the reviewed original).
    /// </summary>
    public bool Unreviewed { get; init; }

    public bool AppliesTo(Answers answers) => When?.Evaluate(answers) ?? true;
}

public sealed record QuestionChoice(string Value, string Title, IReadOnlyList<string> Synonyms);

public enum AssessmentStatus
{
    Strong,
    NeedsAttention,
    Gap,
}

public sealed record AssessmentRule(AssessmentStatus Status, Condition? When, string Reason, string SourceId, string? Cite = null)
{
    /// <summary>Its texts in other languages ("de", "fr"), as the pack carries them (<see cref="GuidanceLocalizer"/>).</summary>
    public IReadOnlyDictionary<string, PackTranslation> Translations { get; init; } = PackTranslation.None;

    /// <summary>Whether the texts are a translation compliance has not reviewed yet (set on a localized copy).</summary>
    public bool Unreviewed { get; init; }
}

public sealed record PrincipleRules(string PrincipleId, IReadOnlyList<AssessmentRule> Rules);

public sealed record ChecklistTemplate(string Id, string PrincipleId, string SourceId, Condition? When, string Text, DueExpression? Due, string? Cite = null)
{
    /// <summary>Its texts in other languages ("de", "fr"), as the pack carries them (<see cref="GuidanceLocalizer"/>).</summary>
    public IReadOnlyDictionary<string, PackTranslation> Translations { get; init; } = PackTranslation.None;

    /// <summary>Whether the texts are a translation compliance has not reviewed yet (set on a localized copy).</summary>
    public bool Unreviewed { get; init; }
}

/// <summary>A scenario question about a principle or, where no principle fits (independence), a topic.</summary>
public sealed record QuizQuestion(string Id, string? PrincipleId, string SourceId, string Scenario, IReadOnlyList<QuizOption> Options, string Explanation)
{
    public string? Topic { get; init; }
    public string? Cite { get; init; }

    public int CorrectIndex => Options.ToList().FindIndex(o => o.Correct);

    /// <summary>Its texts in other languages ("de", "fr"), as the pack carries them (<see cref="GuidanceLocalizer"/>).</summary>
    public IReadOnlyDictionary<string, PackTranslation> Translations { get; init; } = PackTranslation.None;

    /// <summary>Whether the texts are a translation compliance has not reviewed yet (set on a localized copy).</summary>
    public bool Unreviewed { get; init; }
}

public sealed record QuizOption(string Text, bool Correct);
