namespace PartnershipBot.Telemetry;

/// <summary>
/// Says which URLs carry a secret in their path (a capability such as a Slack response_url): their path must
/// never reach a trace. Channels register one for the URLs they are handed.
/// </summary>
public interface ICapabilityUrls
{
    bool HasSecretPath(Uri url);
}
