namespace PartnershipBot.Channels.Slack;

/// <summary>Registration of the Slack channel.</summary>
public static class SlackChannel
{
    // PLACEHOLDER: filled in by the Slack work. The host calls both methods unconditionally.
    public static IServiceCollection AddSlackChannel(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapSlackChannel(this IEndpointRouteBuilder endpoints) => endpoints;
}
