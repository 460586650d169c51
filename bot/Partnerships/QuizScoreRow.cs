namespace PartnershipBot.Partnerships;

public sealed class QuizScoreRow
{
    public required string Channel { get; set; }
    public required string UserId { get; set; }
    public int BestScore { get; set; }
    public int Total { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset LastAt { get; set; }
}
