namespace PartnershipBot.Dialogs.Flows.People;

/// <summary>
/// What the host found for a code typed after <c>link</c>: the account that asked for it, whether it is spent or
/// expired, and the accounts already linked to that account's person (just that account when it is unlinked).
/// </summary>
public sealed record LinkCodeLookup(string Hash, LinkedAccount Owner, bool Expired, bool Used, IReadOnlyList<LinkedAccount> OwnerAccounts);
