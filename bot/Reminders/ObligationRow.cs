using PartnershipBot.Dialogs.Flows.Partnerships;

namespace PartnershipBot.Reminders;

/// <summary>
/// One transparency duty of a submitted collaboration (see DisclosureCalendar). Rows are never deleted: an
/// obligation the answers no longer produce is withdrawn, and every change is kept in <see cref="ObligationEventRow"/>.
/// </summary>
public sealed class ObligationRow
{
    public Guid Id { get; set; }
    public Guid CollaborationId { get; set; }

    /// <summary>Unique within the collaboration, e.g. "annual_disclosure:2027".</summary>
    public required string Key { get; set; }

    public required string Kind { get; set; }
    public required string Title { get; set; }
    public DateOnly? Due { get; set; }
    public required string SourceId { get; set; }
    public string? Note { get; set; }
    public required string Status { get; set; }
    public string? DoneBy { get; set; }

    /// <summary>Who marked it done as <c>channel:userId</c>: stable, unlike the display name in <see cref="DoneBy"/>.</summary>
    public string? DoneById { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    public DateTimeOffset? SnoozedUntil { get; set; }

    /// <summary>Who is reminded, where: the creator of the collaboration on the channel it was created on.</summary>
    public required string OwnerChannel { get; set; }

    public required string OwnerUserId { get; set; }
    public string? OwnerName { get; set; }

    /// <summary>IANA or Windows id used for the local send hour; null means the configured default.</summary>
    public string? TimeZone { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The obligation as the dialogs read it, without its reminders (ObligationInputsProvider adds those).</summary>
    public ObligationRecord ToRecord() => new()
    {
        Id = Id,
        CollaborationId = CollaborationId,
        Kind = Kind,
        Title = Title,
        Due = Due,
        SourceId = SourceId,
        Note = Note,
        Status = Status,
        DoneBy = DoneBy,
        DoneAt = DoneAt,
    };
}
