namespace PartnershipBot.Dialogs.Flows.People;

/// <summary>One chat account of a person: the channel (a ChannelIds value) and its user id as stored.</summary>
public sealed record LinkedAccount(string Channel, string UserId);
