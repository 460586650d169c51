namespace PartnershipBot.Channels.Slack;

/// <summary>
/// A request feature only the Socket Mode dispatcher sets: this body came over the WebSocket Slack authenticated
/// when it was opened with the app token, so it carries no signature. A request from the network never has it.
/// </summary>
internal sealed record SlackSocketDelivery(byte[] Body);
