using Microsoft.Extensions.Options;

namespace PartnershipBot.Channels.Slack;

/// <summary>Stops start-up on a Slack setting the channel cannot work with, naming the setting.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (!options.ApiBaseUrl.IsAbsoluteUri || options.ApiBaseUrl.Scheme is not ("https" or "http"))
        {
            errors.Add("Slack:ApiBaseUrl must be an absolute http(s) URL.");
        }

        if (options.MaxRequestBodyBytes is <= 1024 or > 1024 * 1024)
        {
            errors.Add("Slack:MaxRequestBodyBytes must be between 1 KiB and 1 MiB.");
        }

        if (options.Workers is <= 0 or > 64 || options.QueueCapacity <= 0)
        {
            errors.Add("Slack:Workers (1-64) and Slack:QueueCapacity (> 0) must be positive.");
        }

        if (options.QueueCapacityPerUser <= 0 || options.UserRequestsPerMinute <= 0)
        {
            errors.Add("Slack:QueueCapacityPerUser and Slack:UserRequestsPerMinute must be positive.");
        }

        if (options.InboxLease <= TimeSpan.Zero || options.InboxReportInterval <= TimeSpan.Zero)
        {
            errors.Add("Slack:InboxLease and Slack:InboxReportInterval must be positive.");
        }

        if (options.ModalAnswerWait < TimeSpan.Zero || options.ModalAnswerWait > TimeSpan.FromSeconds(30))
        {
            errors.Add("Slack:ModalAnswerWait must be between 0 and 30 seconds (Slack wants an answer within 3).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
