using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Tests.Slack.Support;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Slack;

/// <summary>
/// A response_url is a capability: whoever has it may post into the user's conversation for 30 minutes, and its
/// secret is in the path. A slash command's whole trip (the command, the turn, the post to the response_url) must
/// leave that path in no log line and no span, with every log level on and tracing enabled.
/// </summary>
public sealed class SlackResponseUrlSecrecyTests : IAsyncLifetime
{
    private const string SecretPath = "/commands/T0TEAM001/4242424242/Zq8SeCrEtTokenInThePath";
    private static readonly Uri ResponseUrl = new("https://hooks.slack.com" + SecretPath);

    private readonly SpanCapture spans = new();
    private readonly TaskCompletionSource hookCalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private FakeSlackApi slack = null!;
    private SlackBotFactory bot = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackApi.StartAsync();
        bot = new SlackBotFactory(slack, settings: new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            // Tracing on as in production; nothing listens there, the spans are read in-process below.
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9",
        }, services: s =>
        {
            s.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(spans));
            // The real client stack; only the socket to Slack's hooks host is refused here (the tests never go online).
            s.AddHttpClient<SlackApiClient>().ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { ConnectCallback = ConnectAsync });
        });
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await slack.DisposeAsync();
    }

    [Fact]
    public async Task SlashCommand_AnsweredThroughResponseUrl_LeavesItsPathInNoLogOrSpan()
    {
        using var response = await bot.PostSignedAsync(SlackServices.CommandsPath, SlackPayloads.Command("list", ResponseUrl));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await hookCalled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Eventually.TrueAsync(() => Task.FromResult(spans.Texts.Any(t => t.Contains("server.address=hooks.slack.com", StringComparison.Ordinal))));

        var everything = string.Join("\n", spans.Texts) + "\n" + bot.Logs.AllText;
        Assert.Contains("hooks.slack.com", everything, StringComparison.Ordinal); // the post was traced: the search below means something
        Assert.DoesNotContain("Zq8SeCrEt", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("hooks.slack.com/commands", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("4242424242", everything, StringComparison.Ordinal);
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        if (context.DnsEndPoint.Host == ResponseUrl.Host)
        {
            hookCalled.TrySetResult();
            throw new HttpRequestException("Connections to Slack are refused in tests.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Every finished span as text: its name, status and tags, after the host's own processors ran.</summary>
    private sealed class SpanCapture : BaseProcessor<Activity>
    {
        private readonly ConcurrentQueue<string> texts = new();

        public IReadOnlyList<string> Texts => [.. texts];

        public override void OnEnd(Activity data) =>
            texts.Enqueue($"{data.Source.Name} {data.DisplayName} {data.StatusDescription} " +
                string.Join(" ", data.TagObjects.Select(t => $"{t.Key}={t.Value}")) + " " +
                string.Join(" ", data.Events.SelectMany(e => e.Tags.Select(t => $"{t.Key}={t.Value}"))));
    }
}
