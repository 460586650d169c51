namespace PartnershipBot.Dialogs.Safety;

/// <summary>What <see cref="SafetyDetector"/> found in a message: the event phrases that matched and the context words.</summary>
public sealed record SafetyDetection(IReadOnlyList<SafetyHit> Hits, IReadOnlyList<string> Context)
{
    public static SafetyDetection None { get; } = new([], []);

    public bool Found => Hits.Count > 0;

    /// <summary>The kinds found, in the order the pack lists them.</summary>
    public IReadOnlyList<string> Kinds => [.. Hits.Select(h => h.Kind).Distinct()];

    /// <summary>What matched, for the report and the record: "side_effect: 'rashes' (rash*); context: tablets".</summary>
    public string Summary =>
        string.Join("; ", Hits.Select(h => $"{h.Kind}: '{h.Matched}' ({h.Phrase})"))
        + (Context.Count > 0 ? $"; context: {string.Join(", ", Context)}" : "");
}

/// <summary>One event phrase found: its kind, the pack's phrase and the words of the message it matched.</summary>
public sealed record SafetyHit(string Kind, string KindTitle, string Phrase, string Matched);
