using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using PartnershipBot.Reminders;
using PartnershipBot.Dialogs;
using PartnershipBot.Telemetry;

namespace PartnershipBot.Channels.Teams;

/// <summary>The Microsoft Teams (Bot Framework) channel's services, its reminder delivery, and its endpoint.</summary>
public static class TeamsServices
{
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<TeamsOptions>().Bind(configuration.GetSection(TeamsOptions.Section)).ValidateOnStart()
            .Configure(options => BindBotFrameworkSettings(options, configuration));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new TeamsRuntime(DecideMode(
            sp.GetRequiredService<IOptions<TeamsOptions>>().Value, sp.GetRequiredService<IHostEnvironment>())));
        services.AddHostedService<TeamsStartupCheck>();

        services.AddHttpClient(BotFrameworkAuthenticator.MetadataHttpClient, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddHttpClient(MsalBotTokenProvider.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<BotFrameworkAuthenticator>();
        services.AddSingleton<TrustedServiceUrls>();
        services.AddSingleton<ConnectorHostPolicy>();
        services.AddScoped<TenantGate>();
        services.AddSingleton<IBotTokenProvider>(sp => sp.GetRequiredService<TeamsRuntime>().Mode == TeamsMode.Authenticated
            ? ActivatorUtilities.CreateInstance<MsalBotTokenProvider>(sp)
            : new AnonymousTokenProvider());

        // No HttpClient log lines: four at Information for every reply (with the conversation id in the URI) cost
        // more than the call on a loopback; failures are logged by the client, attempts counted by ConnectorCallMetrics.
        services.AddHttpClient<ITeamsConnector, TeamsConnectorClient>(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(sp => ConnectorAddressGuard.CreateHandler(allowPrivate: sp.GetRequiredService<ConnectorHostPolicy>().AllowsLoopback))
            .AddHttpMessageHandler(() => new ConnectorCallMetrics(ChannelIds.Teams))
            .AddResilienceHandler("teams-connector", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<TeamsOptions>>().Value;
                pipeline.AddTimeout(options.ConnectorTotalTimeout);
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 4,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromSeconds(1),
                    MaxDelay = TimeSpan.FromSeconds(30),
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                });
                pipeline.AddTimeout(options.ConnectorAttemptTimeout);
            });

        services.AddScoped<TeamsActivityHandler>();
        services.AddSingleton<TeamsSafetyReceipts>();
        services.AddSingleton<TeamsOutbox>();
        services.AddScoped<GroupChatRouter>();
        services.AddScoped<ITeamsProactiveMessenger, TeamsProactiveMessenger>();
        services.AddSingleton<IReminderChannel, TeamsReminderChannel>();
        services.AddSingleton<PartnershipBot.Safety.ISafetyReportChannel, TeamsSafetyChannel>();
        services.AddSingleton<PartnershipBot.Approvals.IApprovalChannel, TeamsApprovalChannel>();
        services.AddScoped<TeamsApprovalInvoke>();
        services.AddScoped<TeamsApprovalDialog>();
        return services;
    }

    public static IEndpointRouteBuilder MapTeamsChannel(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // The Bot Connector authenticates with its own JWT, checked in the endpoint; no cookie auth or antiforgery applies.
        endpoints.MapPost(TeamsEndpoint.Path, TeamsEndpoint.HandleAsync).AllowAnonymous().DisableAntiforgery();
        return endpoints;
    }

    internal static TeamsMode DecideMode(TeamsOptions options, IHostEnvironment environment)
    {
        if (!options.IsAnonymous)
        {
            return TeamsMode.Authenticated;
        }

        // Development only: Staging, Test or any custom environment name is a deployment, where an open endpoint
        // would let anyone post as anyone.
        return environment.IsDevelopment() || options.AllowAnonymous ? TeamsMode.Anonymous : TeamsMode.Disabled;
    }

    // 412 is listed by Teams as a transient conflict; 429 comes with Retry-After, honoured by the strategy.
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or Polly.Timeout.TimeoutRejectedException } => true,
        { Result.StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
            or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout or HttpStatusCode.ServiceUnavailable } => true,
        _ => false,
    };

    // Bot Framework's own MicrosoftApp* names sit at the root of the configuration, not under "Teams".
    private static void BindBotFrameworkSettings(TeamsOptions options, IConfiguration configuration)
    {
        options.MicrosoftAppType = configuration["MicrosoftAppType"] is { Length: > 0 } type ? type : options.MicrosoftAppType;
        options.MicrosoftAppId = configuration["MicrosoftAppId"];
        options.MicrosoftAppPassword = configuration["MicrosoftAppPassword"];
        options.MicrosoftAppTenantId = configuration["MicrosoftAppTenantId"];
    }
}
