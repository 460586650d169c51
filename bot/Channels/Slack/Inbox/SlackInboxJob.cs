using System.Text.Json.Serialization;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// What Slack sent, as an inbox row needs it to be run after the ack, possibly after a restart. A closed set: each
/// kind of work is its own type, stored with its name in "work" (the names rows already in the inbox carry); a
/// row whose work this version does not know cannot be read and is refused with a log line.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "work")]
[JsonDerivedType(typeof(RunTurnJob), "turn")]
[JsonDerivedType(typeof(StartNewJob), "new")]
[JsonDerivedType(typeof(AnswerMentionJob), "mention")]
[JsonDerivedType(typeof(NoticeJob), "notice")]
[JsonDerivedType(typeof(SafetyReceiptJob), "safety-receipt")]
[JsonDerivedType(typeof(ApprovalClickJob), "approval")]
[JsonDerivedType(typeof(PublishHomeJob), "home")]
[JsonDerivedType(typeof(DirectTurnJob), "dm-turn")]
[JsonDerivedType(typeof(OpenFormJob), "form-open")]
[JsonDerivedType(typeof(FormPageJob), "form-page")]
public abstract record SlackInboxJob
{
    // Only the jobs below: the runner's switch covers them all.
    private protected SlackInboxJob()
    {
    }

    public static SlackInboxJob Turn(SlackTurnInput input, SlackReplyTarget target) => new RunTurnJob { Input = input, Target = target };
}

/// <summary>A turn: a DM, a slash command or a click.</summary>
public sealed record RunTurnJob : SlackInboxJob
{
    public required SlackTurnInput Input { get; init; }

    public required SlackReplyTarget Target { get; init; }
}

/// <summary>"/partnership new": the review starts in the user's DM; the response_url says where to go.</summary>
public sealed record StartNewJob : SlackInboxJob
{
    public required SlackTurnInput Input { get; init; }

    /// <summary>Slack keeps it for 30 minutes.</summary>
    public required Uri ResponseUrl { get; init; }
}

/// <summary>A mention in a channel, answered in its thread with a pointer to the DM.</summary>
public sealed record AnswerMentionJob : SlackInboxJob
{
    public required string Channel { get; init; }

    public required string ThreadTs { get; init; }

    public string? AppId { get; init; }

    public required string TeamId { get; init; }
}

/// <summary>A short ephemeral notice through a response_url.</summary>
public sealed record NoticeJob : SlackInboxJob
{
    public required Uri ResponseUrl { get; init; }

    public required string Text { get; init; }
}

/// <summary>"Mark received" clicked on a safety report in a channel: checked, recorded, and the message updated.</summary>
public sealed record SafetyReceiptJob : SlackInboxJob
{
    public required string TeamId { get; init; }

    public required string UserId { get; init; }

    /// <summary>The clicker's user name from the payload, if users.info cannot be asked.</summary>
    public string? UserName { get; init; }

    /// <summary>The channel the click came from; only the pharmacovigilance channel counts.</summary>
    public string? Channel { get; init; }

    /// <summary>The report message, updated with chat.update once marked.</summary>
    public string? MessageTs { get; init; }

    public Uri? ResponseUrl { get; init; }

    public string? Reference { get; init; }
}

/// <summary>An Approve click on a review card: decided from the inbox, the outcome told through the response_url.</summary>
public sealed record ApprovalClickJob : SlackInboxJob
{
    public required Guid CollaborationId { get; init; }

    public required int Round { get; init; }

    public required PartnershipBot.Approvals.ApprovalActor Actor { get; init; }

    public Uri? ResponseUrl { get; init; }
}

/// <summary>app_home_opened on the Home tab: the user's home view is published (views.publish).</summary>
public sealed record PublishHomeJob : SlackInboxJob
{
    public required string TeamId { get; init; }

    public required string UserId { get; init; }
}

/// <summary>
/// A turn that runs in the user's DM although it did not come from there (a Home tab button, the "Plan a collaboration"
/// shortcut): the DM is opened (conversations.open) and the turn runs in its conversation, as "/partnership new" does.
/// </summary>
public sealed record DirectTurnJob : SlackInboxJob
{
    public required SlackTurnInput Input { get; init; }
}

/// <summary>
/// "Fill in a form" (a DM button, the Home tab, the global shortcut, /partnership form): the form's opening turn runs
/// in the user's DM conversation (opened first when <see cref="SlackTurnInput.DmChannel"/> is unknown) and its first
/// page is opened as a modal with the click's trigger_id, which Slack honours for 3 seconds.
/// </summary>
public sealed record OpenFormJob : SlackInboxJob
{
    public required SlackTurnInput Input { get; init; }

    public required string TriggerId { get; init; }
}

/// <summary>
/// A submitted page of the interview's modal: a turn of the DM conversation. Its answer (the next page, the refusals,
/// the end) goes back in the view_submission's response when it is ready in time, else with views.update.
/// </summary>
public sealed record FormPageJob : SlackInboxJob
{
    public required SlackTurnInput Input { get; init; }

    public required string ViewId { get; init; }
}
