using Microsoft.Extensions.Options;

namespace PartnershipBot.Channels.Teams;

/// <summary>Stops start-up on Teams settings the channel cannot work with; the rules live with the settings.</summary>
internal sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
