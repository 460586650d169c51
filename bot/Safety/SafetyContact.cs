namespace PartnershipBot.Safety;

/// <summary>
/// Where a report goes: Channel "msteams" (ConversationId "19:...@thread.tacv2", ServiceUrl, TenantId), "slack"
/// (ConversationId "C0123") or "email" (Address). The compliance contact of Reminders:Compliance reads into the same
/// shape, so an undeliverable report reaches whoever reminders escalate to.
/// </summary>
public sealed class SafetyContact
{
    public const string Email = "email";

    public string? Channel { get; set; }
    public string? ConversationId { get; set; }
    public string? ServiceUrl { get; set; }
    public string? TenantId { get; set; }
    public string? Address { get; set; }

    /// <summary>How the user is told who has it, e.g. "Pharmacovigilance (pv@example.com, +44 20 0000 0000)".</summary>
    public string? Name { get; set; }

    /// <summary>
    /// The language the contact reads ("de", "fr"; unset: English). Read for the compliance contact
    /// (Reminders:Compliance:Language); pharmacovigilance's is Safety:Language.
    /// </summary>
    public string? Language { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Channel)
        && (Channel == Email ? !string.IsNullOrWhiteSpace(Address) : !string.IsNullOrWhiteSpace(ConversationId));

    /// <summary>Where it went, for the record: "email:pv@example.com", "slack:C0123".</summary>
    public string Describe() => $"{Channel}:{(Channel == Email ? Address : ConversationId)}";
}
