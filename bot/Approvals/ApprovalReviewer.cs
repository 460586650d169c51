using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Approvals;

/// <summary>One configured reviewer: who they are on each platform, and (optionally) what they review.</summary>
public sealed class ApprovalReviewer
{
    public string Name { get; set; } = "";

    /// <summary>Recorded with each decision and shown on the card, e.g. "Compliance reviewer".</summary>
    public string Role { get; set; } = "Compliance reviewer";

    /// <summary>The reviewer's Microsoft Entra object id (Teams and the dashboard).</summary>
    public string? TeamsAadObjectId { get; set; }

    /// <summary>The reviewer's Slack id as "TEAM:USER" (T0123:U0456), as the bot keys Slack users.</summary>
    public string? Slack { get; set; }

    /// <summary>ISO country codes this reviewer reviews; empty: every country.</summary>
    public List<string> Countries { get; set; } = [];

    /// <summary>Partner types (the pack's partner_type values) this reviewer reviews; empty: every type.</summary>
    public List<string> PartnerTypes { get; set; } = [];

    /// <summary>True when the collaboration's countries and partner type are within this reviewer's remit.</summary>
    public bool Reviews(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var countries = answers.All(QuestionIds.Countries);
        var partnerType = answers.Get(QuestionIds.PartnerType);
        var countryOk = Countries.Count == 0 || countries.Any(c => Countries.Contains(c, StringComparer.OrdinalIgnoreCase));
        var typeOk = PartnerTypes.Count == 0 || (partnerType is not null && PartnerTypes.Contains(partnerType, StringComparer.OrdinalIgnoreCase));
        return countryOk && typeOk;
    }

    /// <summary>True when the actor is this reviewer: by Entra object id (Teams, dashboard) or Slack "TEAM:USER".</summary>
    public bool Is(ApprovalActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return (actor.EntraObjectId is { Length: > 0 } oid && string.Equals(oid, TeamsAadObjectId, StringComparison.OrdinalIgnoreCase))
            || (actor.SlackUserId is { Length: > 0 } slack && string.Equals(slack, Slack, StringComparison.Ordinal));
    }

    public string Describe() => Role is { Length: > 0 } ? $"{Name} ({Role})" : Name;
}
