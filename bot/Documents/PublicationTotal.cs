namespace PartnershipBot.Documents;

/// <summary>The year's total per list and currency (the Clause 30 totals among them): how many, and how much.</summary>
public sealed record PublicationTotal(string List, string? Currency, int Count, decimal Amount);
