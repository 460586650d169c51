using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace PartnershipBot.Telemetry;

public static class TelemetryServices
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// OpenTelemetry traces and metrics (the bot's own, ASP.NET Core's and outgoing HTTP's) exported over OTLP, only
    /// when OTEL_EXPORTER_OTLP_ENDPOINT is set; nothing is collected or exported otherwise. The exporter reads the
    /// standard OTEL_* variables itself (protocol, headers, OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES).
    /// </summary>
    public static IServiceCollection AddBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrWhiteSpace(configuration[EndpointVariable]))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(BotTelemetry.Name, serviceInstanceId: Environment.MachineName))
            .WithTracing(tracing => tracing
                .AddSource(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                // Before the exporter: a span leaves the process only after capability URLs lost their path.
                .AddProcessor(sp => new CapabilityUrlRedactor(sp.GetServices<ICapabilityUrls>()))
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics
                .AddMeter(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter());
        return services;
    }
}
