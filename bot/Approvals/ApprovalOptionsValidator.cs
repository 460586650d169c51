using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs;

namespace PartnershipBot.Approvals;

internal sealed class ApprovalOptionsValidator : IValidateOptions<ApprovalOptions>
{
    public ValidateOptionsResult Validate(string? name, ApprovalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        for (var i = 0; i < options.Reviewers.Count; i++)
        {
            var r = options.Reviewers[i];
            if (string.IsNullOrWhiteSpace(r.Name))
            {
                errors.Add($"Approvals:Reviewers:{i}:Name is needed (it is recorded with each decision).");
            }

            if (string.IsNullOrWhiteSpace(r.TeamsAadObjectId) && string.IsNullOrWhiteSpace(r.Slack))
            {
                errors.Add($"Approvals:Reviewers:{i} needs a TeamsAadObjectId (Entra object id) or a Slack id (TEAM:USER).");
            }

            if (r.TeamsAadObjectId is { Length: > 0 } oid && !Guid.TryParse(oid, out _))
            {
                errors.Add($"Approvals:Reviewers:{i}:TeamsAadObjectId must be an Entra object id (a GUID).");
            }

            if (r.Slack is { Length: > 0 } slack && slack.Split(':') is not [{ Length: > 0 }, { Length: > 0 }])
            {
                errors.Add($"Approvals:Reviewers:{i}:Slack must be TEAM:USER, e.g. T0123:U0456.");
            }
        }

        var post = options.Post;
        if (post.Channel is not (ChannelIds.Teams or ChannelIds.Slack))
        {
            errors.Add("Approvals:Post:Channel must be msteams or slack.");
        }

        if (options.Reviewers.Count > 0 && !post.IsConfigured)
        {
            errors.Add("Approvals:Post needs a ConversationId (a channel) or Direct: true (1:1 to each reviewer).");
        }

        if (post.Channel == ChannelIds.Teams && post.IsConfigured && string.IsNullOrWhiteSpace(post.ServiceUrl))
        {
            errors.Add("Approvals:Post:ServiceUrl is needed for Teams review requests.");
        }

        if (options.RemindAfterDays < 1 || options.EffectiveEscalateAfterDays < options.RemindAfterDays)
        {
            errors.Add("Approvals:RemindAfterDays must be at least 1, and Approvals:EscalateAfterDays at least as many.");
        }

        errors.AddRange(options.OutboxErrors(ApprovalOptions.Section));
        return errors.Count > 0 ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
    }
}
