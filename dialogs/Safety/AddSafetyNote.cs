using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Dialogs.Safety;

/// <summary>The user's note on one of their reports; it goes to pharmacovigilance after (or with) the report.</summary>
public sealed record AddSafetyNote(string Reference, string Text) : Effect;
