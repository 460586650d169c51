namespace PartnershipBot.Partnerships;

/// <summary>One answer of a collaboration; <see cref="ValuesJson"/> is a JSON array of the canonical values.</summary>
public sealed class AnswerRow
{
    public Guid CollaborationId { get; set; }
    public required string QuestionId { get; set; }
    public required string ValuesJson { get; set; }
    public required string AnsweredBy { get; set; }
    public DateTimeOffset AnsweredAt { get; set; }
}
