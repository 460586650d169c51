using Microsoft.Extensions.Options;

namespace PartnershipBot.Dashboard;

/// <summary>
/// Stops start-up on a Dashboard setting that would otherwise fail quietly: half an Entra registration leaves the
/// dashboard off (or on local sign-in) with no sign of why, and a bad sign-in host only fails at the first sign-in.
/// </summary>
internal sealed class DashboardOptionsValidator : IValidateOptions<DashboardOptions>
{
    public const int MaxPageSize = 500;

    public ValidateOptionsResult Validate(string? name, DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.PageSize is < 1 or > MaxPageSize)
        {
            errors.Add($"Dashboard:PageSize must be between 1 and {MaxPageSize}.");
        }

        var entra = options.Entra;
        if (string.IsNullOrWhiteSpace(entra.TenantId) != string.IsNullOrWhiteSpace(entra.ClientId))
        {
            errors.Add("Dashboard:Entra:TenantId and Dashboard:Entra:ClientId are set together (Entra sign-in) or not at all.");
        }

        if (entra.IsConfigured && string.IsNullOrWhiteSpace(entra.ClientSecret))
        {
            errors.Add("Dashboard:Entra:ClientSecret is required for Entra sign-in (keep it in an environment variable or user-secrets).");
        }

        if (!Uri.TryCreate(entra.Instance, UriKind.Absolute, out var instance) || instance.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add("Dashboard:Entra:Instance must be an absolute https URL, e.g. https://login.microsoftonline.com/.");
        }

        // A mistyped link would quietly show its owner no collaborations; the key (a person's sign-in) is named, the value is not.
        foreach (var (person, linked) in options.OwnerAccounts)
        {
            var accounts = (linked ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
            if (accounts.Length == 0 || accounts.Any(a => OwnerAccount.Parse(a) is null))
            {
                errors.Add($"Dashboard:OwnerAccounts:{person} must list chat accounts as channel:user, comma-separated (e.g. slack:T0123:U0456).");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
