namespace PartnershipBot.Partnerships;

public sealed class ChecklistItemRow
{
    public Guid CollaborationId { get; set; }
    public required string ItemId { get; set; }
    public int Position { get; set; }
    public required string Text { get; set; }
    public required string Source { get; set; }
    public DateOnly? Due { get; set; }
    public required string Owner { get; set; }
    public bool Done { get; set; }
    public string? DoneBy { get; set; }

    /// <summary>Who ticked it as <c>channel:userId</c>: stable, unlike the display name in <see cref="DoneBy"/>.</summary>
    public string? DoneById { get; set; }

    public DateTimeOffset? DoneAt { get; set; }
}
