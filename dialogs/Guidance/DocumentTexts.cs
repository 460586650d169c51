namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// The pack's optional <c>agreement:</c> and <c>publication:</c> sections: the company's own wording for the documents
/// the bot drafts (the written agreement, the year's disclosure publication) and which checklist items become
/// clauses of the agreement. A text left unset stays unset: the documents print a visible placeholder instead,
/// because the bot must never invent a company's legal entity or governing law.
/// </summary>
public sealed record DocumentTexts
{
    public static DocumentTexts Empty { get; } = new();

    /// <summary>Printed at the top of every agreement draft (e.g. the company's document reference line).</summary>
    public string? Header { get; init; }

    /// <summary>The company party to the agreement, as its legal name.</summary>
    public string? LegalEntity { get; init; }

    /// <summary>The law that governs the agreement, e.g. "the laws of England and Wales".</summary>
    public string? GoverningLaw { get; init; }

    /// <summary>
    /// Checklist items that become clauses of the agreement, when they apply to the answers; null: every item due
    /// by the written agreement (<c>due: obligation:written_agreement</c>), the things to settle before signing.
    /// </summary>
    public IReadOnlyList<AgreementClause>? Clauses { get; init; }

    /// <summary>The note on the methodology printed with the year's disclosure publication.</summary>
    public string? MethodologyNote { get; init; }

    /// <summary>The clauses for this pack: the configured list, else every checklist item due by the agreement.</summary>
    public IReadOnlyList<AgreementClause> ClausesOf(GuidancePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return Clauses ?? [.. pack.Checklist.Where(t => t.Due?.Obligation == "written_agreement").Select(t => new AgreementClause(t.Id, Confirmed: true))];
    }
}

/// <summary>
/// A checklist item that becomes a clause of the written agreement. <see cref="Confirmed"/> false: the pack could not
/// confirm the rule against the code's current text, so the draft says "confirm with legal" next to it.
/// </summary>
public sealed record AgreementClause(string ChecklistId, bool Confirmed);
