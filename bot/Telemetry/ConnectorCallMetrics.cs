using System.Net;

namespace PartnershipBot.Telemetry;

/// <summary>
/// Counts every attempt of an outgoing connector call and its 429s. Registered inside the retry handler, so a
/// call retried after a 429 counts twice, as the platform saw it.
/// </summary>
public sealed class ConnectorCallMetrics(string channel) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException)
        {
            BotTelemetry.ConnectorCalls.Add(1, BotTelemetry.Channel(channel), new("status", "error"));
            throw;
        }

        BotTelemetry.ConnectorCalls.Add(1, BotTelemetry.Channel(channel), new("status", (int)response.StatusCode));
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            BotTelemetry.ConnectorThrottled.Add(1, BotTelemetry.Channel(channel));
        }

        return response;
    }
}
