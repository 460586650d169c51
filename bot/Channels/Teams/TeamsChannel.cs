namespace PartnershipBot.Channels.Teams;

/// <summary>Registration of the Microsoft Teams (Bot Framework) channel.</summary>
public static class TeamsChannel
{
    // PLACEHOLDER: filled in by the Teams work. The host calls both methods unconditionally.
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapTeamsChannel(this IEndpointRouteBuilder endpoints) => endpoints;
}
