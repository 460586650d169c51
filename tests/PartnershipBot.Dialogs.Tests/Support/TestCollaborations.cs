using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dialogs.Tests.Support;

/// <summary>Collaborations as the host loads them, for card tests that need one without running the interview.</summary>
public static class TestCollaborations
{
    public static CollaborationRecord Submitted(string title, params ChecklistItemRecord[] checklist) => new()
    {
        Id = Guid.NewGuid(),
        Title = title,
        Status = CollaborationStatus.Submitted,
        Answers = Answers.Empty,
        CreatedBy = "Alex",
        Checklist = checklist,
    };
}
