namespace PartnershipBot.Safety;

public enum SafetyAcknowledgementOutcome
{
    /// <summary>Recorded now: this person is the one who received it.</summary>
    Marked,

    /// <summary>Someone marked it before; the first mark stands and nothing changed.</summary>
    AlreadyMarked,

    /// <summary>No report with that reference.</summary>
    NotFound,

    /// <summary>The click did not come from the pharmacovigilance conversation (Safety:Contact): nothing stored.</summary>
    Refused,
}
