using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dialogs.Flows.Partnerships;

/// <summary>
/// The changes of an edit in a form (or of a chat <c>edit</c> a form took over), kept in the conversation's values
/// until the form's last page submits them: like the chat's edit, nothing is saved to the collaboration before.
/// <see cref="BaseSubmittedAt"/> is the submission they started from; once the collaboration is submitted again
/// (from the chat, say) they are out of date and dropped.
/// </summary>
internal sealed record EditFormState(Answers Answers, DateTimeOffset? BaseSubmittedAt);
