using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Safety;

/// <summary>Record this detection and queue it for pharmacovigilance, in the turn's transaction.</summary>
public sealed record SafetyReportEffect(string Reference, string Text, string Kinds, string Matched, Guid? CollaborationId, string? QuestionId) : Effect;
