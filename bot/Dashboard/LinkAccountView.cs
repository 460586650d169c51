namespace PartnershipBot.Dashboard;

/// <summary>
/// A chat account as evidence keeps it (<c>channel:userId</c>) and the display name the channel last gave it, if
/// any. The name is the person's own text (Slack lets them edit it): pages write it encoded, never as markup.
/// </summary>
public sealed record LinkAccountView(string Id, string? Name)
{
    /// <summary>"Olga Berg (slack:T1:U1)", or the id alone when no name is known.</summary>
    public override string ToString() => string.IsNullOrWhiteSpace(Name) ? Id : $"{Name} ({Id})";
}
