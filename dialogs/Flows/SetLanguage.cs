using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Dialogs.Flows;

/// <summary>
/// The person chose the bot's language (<c>language de</c>): a two-letter code, or null to follow the channel's
/// locale again. Kept on their users row, so every conversation of theirs follows it.
/// </summary>
public sealed record SetLanguage(string? Language) : Effect;
