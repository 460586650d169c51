using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows.Partnerships;

namespace PartnershipBot.Dialogs.Tests.Support;

/// <summary>
/// Applies partnership effects to an in-memory workspace, as the host's database handlers do, so dialog
/// transcripts see their own collaborations on the next turn. The real handlers are tested in PartnershipBot.Tests.
/// </summary>
public sealed class WorkspaceHost
{
    private readonly List<CollaborationRecord> collaborations = [];
    private QuizRecord? quiz;

    public IReadOnlyList<CollaborationRecord> Collaborations => collaborations;

    public QuizRecord? Quiz => quiz;

    public TurnInputs Apply(IReadOnlyList<Effect> effects)
    {
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case SaveCollaboration save:
                    var index = collaborations.FindIndex(c => c.Id == save.Id);
                    var existing = index >= 0 ? collaborations[index] : null;
                    var record = new CollaborationRecord
                    {
                        Id = save.Id,
                        Title = save.Title,
                        Status = save.Status,
                        Answers = save.Answers,
                        CreatedBy = existing?.CreatedBy ?? save.Actor,
                        Checklist = save.Checklist ?? existing?.Checklist ?? [],
                        UpdatedAt = save.At,
                    };
                    if (index >= 0)
                    {
                        collaborations[index] = record;
                    }
                    else
                    {
                        collaborations.Add(record);
                    }

                    break;
                case SetChecklistItem tick:
                    var i = collaborations.FindIndex(c => c.Id == tick.CollaborationId);
                    collaborations[i] = collaborations[i] with
                    {
                        Checklist = [.. collaborations[i].Checklist.Select(x => x.ItemId == tick.ItemId
                            ? x with { Done = tick.Done, DoneBy = tick.Done ? tick.Actor : null, DoneAt = tick.Done ? tick.At : null }
                            : x)],
                    };
                    break;
                case RecordQuizScore score:
                    quiz = new QuizRecord(Math.Max(score.Score, quiz?.BestScore ?? 0), score.Total, (quiz?.Attempts ?? 0) + 1);
                    break;
            }
        }

        return TurnInputs.Empty.With(new PartnershipWorkspace([.. collaborations], quiz));
    }
}
