using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs;

namespace PartnershipBot.Safety;

internal sealed class SafetyOptionsValidator : IValidateOptions<SafetyOptions>
{
    public ValidateOptionsResult Validate(string? name, SafetyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        var contact = options.Contact;
        if (contact.Channel is { Length: > 0 } channel && channel is not (ChannelIds.Teams or ChannelIds.Slack or SafetyContact.Email))
        {
            errors.Add("Safety:Contact:Channel must be msteams, slack or email.");
        }

        if (contact.Channel == ChannelIds.Teams && contact.IsConfigured && string.IsNullOrWhiteSpace(contact.ServiceUrl))
        {
            errors.Add("Safety:Contact:ServiceUrl is needed for a Teams pharmacovigilance channel.");
        }

        if (contact.Channel == SafetyContact.Email && contact.IsConfigured && string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            errors.Add("Safety:Smtp:Host is needed for an email pharmacovigilance contact.");
        }

        if (options.Smtp.Security is not ("StartTls" or "SslOnConnect" or "None"))
        {
            errors.Add("Safety:Smtp:Security must be StartTls, SslOnConnect or None.");
        }

        errors.AddRange(options.OutboxErrors(SafetyOptions.Section));
        return errors.Count > 0 ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
    }
}
