using System.Globalization;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Safety;

/// <summary>
/// "Mark received" clicked on a report card in Teams or Slack. Deny by default: a click counts only when it comes
/// from the pharmacovigilance conversation itself (Safety:Contact, same channel and conversation, and tenant when
/// one is configured). A report escalated to compliance carries no button, and a click from anywhere else, or while
/// the contact is email or unset, is refused and stores nothing. What is stored is what the dashboard's form
/// stores: both go through <see cref="SafetyReportQueries.AcknowledgeAsync"/>.
/// </summary>
public sealed class SafetyReceipts(SafetyReportQueries queries, IOptions<SafetyOptions> options, ILogger<SafetyReceipts> logger)
{
    /// <summary>The button's action id (Teams Action.Execute verb, Slack action_id).</summary>
    public const string Action = "safety.received";

    /// <summary>The button's value key holding the report's reference.</summary>
    public const string ReferenceValue = "reference";

    /// <summary>The language of the refreshed card and the answers to a click: pharmacovigilance's (Safety:Language).</summary>
    public CultureInfo Culture => options.Value.Culture;

    /// <param name="channel">"msteams" or "slack".</param>
    /// <param name="conversationId">Where the click came from: the Teams conversation (a channel thread's id carries
    /// ";messageid=..." after the channel's) or the Slack channel id.</param>
    /// <param name="tenantId">The Teams tenant of the click, null for Slack.</param>
    /// <param name="byId">The clicker, <c>channel:userId</c>.</param>
    public async Task<SafetyAcknowledgement> ReceiveFromChatAsync(
        string channel, string? conversationId, string? tenantId, string? reference, string byId, string? byName, CancellationToken cancellationToken)
    {
        if (!IsPharmacovigilance(channel, conversationId, tenantId))
        {
            SafetyLog.ReceiptRefused(logger, channel);
            return new SafetyAcknowledgement(SafetyAcknowledgementOutcome.Refused);
        }

        if (string.IsNullOrWhiteSpace(reference) || reference.Length > 40)
        {
            return new SafetyAcknowledgement(SafetyAcknowledgementOutcome.NotFound);
        }

        return await queries.AcknowledgeAsync(reference, byId, byName, cancellationToken);
    }

    public bool IsPharmacovigilance(string channel, string? conversationId, string? tenantId)
    {
        var contact = options.Value.Contact;
        if (!contact.IsConfigured || contact.Channel != channel || string.IsNullOrEmpty(conversationId))
        {
            return false;
        }

        // A Teams channel's messages live in threads: "19:abc@thread.tacv2;messageid=1733..." is in "19:abc@thread.tacv2".
        var cut = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        var conversation = cut >= 0 ? conversationId[..cut] : conversationId;
        return string.Equals(conversation, contact.ConversationId, StringComparison.Ordinal)
            && (string.IsNullOrWhiteSpace(contact.TenantId) || string.Equals(tenantId, contact.TenantId, StringComparison.OrdinalIgnoreCase));
    }
}
