using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Reminders;
using PartnershipBot.Telemetry;

namespace PartnershipBot.Channels.Slack;

/// <summary>The Slack channel's services, its reminder delivery, and its endpoints.</summary>
public static class SlackServices
{
    public const string CommandsPath = "/api/slack/commands";
    public const string InteractionsPath = "/api/slack/interactions";
    public const string EventsPath = "/api/slack/events";

    public static IServiceCollection AddSlackChannel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SlackOptions>().Bind(configuration.GetSection(SlackOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SlackSignatureVerifier>();
        services.AddSingleton<SlackRequestReader>();
        services.AddSingleton<SlackResponseUrls>();
        services.AddSingleton<SlackUserRateLimiter>();
        services.AddSingleton<ICapabilityUrls>(sp => sp.GetRequiredService<SlackResponseUrls>());
        services.AddSingleton<SlackChannelPacer>();
        services.AddSingleton<SlackUserCache>();
        services.AddSingleton<SlackUserCulture>();
        services.AddSingleton<SlackBlockKitRenderer>();
        services.AddSingleton<InboxStore>();
        services.AddSingleton<SlackInbox>();
        services.AddHostedService<SlackInboxWorker>();
        services.AddScoped<SlackInboxRunner>();
        services.AddScoped<SlackSafetyReceipts>();
        services.AddHostedService<SlackStartupCheck>();
        services.AddSingleton<SlackSocketStatus>();
        services.AddSingleton<SlackSocketDispatcher>();
        services.AddHostedService<SlackSocketModeService>();
        services.AddSingleton<SlackReminderRepair>();
        services.AddSingleton<IDataRepair>(sp => sp.GetRequiredService<SlackReminderRepair>());
        services.AddScoped<SlackTurnHandler>();
        services.AddScoped<SlackHome>();
        services.AddScoped<SlackNotePicker>();
        services.AddSingleton<SlackHomeVisitors>();
        services.AddSingleton<SlackDocuments>();
        services.AddScoped<SlackDirectMessages>();
        services.AddScoped<SlackInterviewModals>();
        services.AddSingleton<SlackFormSubmissions>();
        // No IHttpClientFactory request logging: it writes each request's URL, and a response_url's secret is its path.
        services.AddHttpClient<SlackApiClient>(http => http.Timeout = TimeSpan.FromSeconds(30))
            .RemoveAllLoggers()
            .AddHttpMessageHandler(() => new ConnectorCallMetrics(ChannelIds.Slack));
        services.AddSingleton<IReminderChannel, SlackReminderChannel>();
        services.AddSingleton<PartnershipBot.Safety.ISafetyReportChannel, SlackSafetyChannel>();
        services.AddSingleton<SlackApprovalBlocks>();
        services.AddSingleton<SlackApprovalInteractions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<PartnershipBot.Approvals.IApprovalChannel, SlackApprovalChannel>());
        return services;
    }

    /// <summary>
    /// The endpoints are always mapped; while Slack:SigningSecret is missing they answer 503 (fail closed) and
    /// start-up logs that the channel is off, so a misconfiguration is visible from both sides.
    /// </summary>
    public static IEndpointRouteBuilder MapSlackChannel(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Slack authenticates with its signature, not with the host's users: no cookies, no antiforgery.
        var slack = endpoints.MapGroup("").WithTags("Slack").AllowAnonymous().DisableAntiforgery();
        slack.MapPost(CommandsPath, SlackCommandEndpoint.HandleAsync);
        slack.MapPost(InteractionsPath, SlackInteractionsEndpoint.HandleAsync);
        slack.MapPost(EventsPath, SlackEventsEndpoint.HandleAsync);
        return endpoints;
    }
}
