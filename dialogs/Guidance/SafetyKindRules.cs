namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// The phrases of one kind of safety information: <see cref="Alone"/> report by themselves; <see cref="InContext"/>
/// only in a message that also names a medicine, a person, or side effects (see guidance.yaml).
/// </summary>
public sealed record SafetyKindRules(string Id, string Title, IReadOnlyList<string> Alone, IReadOnlyList<string> InContext);
