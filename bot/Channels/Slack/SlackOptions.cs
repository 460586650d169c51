namespace PartnershipBot.Channels.Slack;

/// <summary>The "Slack" configuration section. Secrets come from environment variables or user-secrets.</summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>Signs every request Slack sends us. Without it the Slack endpoints stay off (fail closed).</summary>
    public string? SigningSecret { get; set; }

    /// <summary>xoxb- token for the Web API. Without it the bot can acknowledge but not answer.</summary>
    public string? BotToken { get; set; }

    /// <summary>
    /// xapp- app-level token (scope connections:write) for Socket Mode: it opens the WebSocket through
    /// apps.connections.open. A secret like the others: configuration only, never logged.
    /// </summary>
    public string? AppToken { get; set; }

    /// <summary>
    /// Receive Slack's requests over a WebSocket the bot opens (for workspaces that cannot expose an HTTPS endpoint)
    /// instead of, or as well as, the signed HTTP endpoints. Needs <see cref="AppToken"/>.
    /// </summary>
    public bool SocketMode { get; set; }

    /// <summary>Configurable for GovSlack (https://slack-gov.com/api/) and for tests.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Hosts a response_url may point to (https only); empty means hooks.slack.com. GovSlack: hooks.slack-gov.com.</summary>
    public IList<string> ResponseUrlHosts { get; } = [];

    /// <summary>When not empty, only these workspaces (team ids) are served.</summary>
    public IList<string> AllowedTeamIds { get; } = [];

    /// <summary>Slack's own payloads are a few KiB; anything far larger is not from Slack.</summary>
    public int MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Slack allows about one message per second per channel, with short bursts.</summary>
    public int ChannelBurst { get; set; } = 3;

    public TimeSpan ChannelMessageInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound for honouring a 429 Retry-After before giving up on a call.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests waiting in the inbox; beyond this a request is politely told to try again.</summary>
    public int QueueCapacity { get; set; } = 500;

    /// <summary>Requests of one user waiting in the inbox; beyond this only that user is asked to wait.</summary>
    public int QueueCapacityPerUser { get; set; } = 20;

    /// <summary>
    /// Requests one user may make per minute (commands, clicks, DMs), counted per workspace and user after the
    /// signature check; a burst of this size is allowed, then one per 1/N minute.
    /// </summary>
    public int UserRequestsPerMinute { get; set; } = 60;

    /// <summary>Workers per instance; one user's requests still run one at a time, in arrival order.</summary>
    public int Workers { get; set; } = 4;

    /// <summary>How long a claim on an inbox row holds; a row whose instance died is taken over after this.</summary>
    public TimeSpan InboxLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the inbox depth and oldest waiting age are logged (and done rows pruned).</summary>
    public TimeSpan InboxReportInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a modal's view_submission waits for its page to be saved before it is answered with "saving…" (the
    /// turn then finishes from the inbox and updates the modal with views.update). Slack wants the answer within 3 seconds.
    /// </summary>
    public TimeSpan ModalAnswerWait { get; set; } = TimeSpan.FromSeconds(2.2);

    /// <summary>The signed HTTP endpoints are on.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(SigningSecret);

    /// <summary>Socket Mode is asked for and has its app token.</summary>
    public bool IsSocketModeReady => SocketMode && !string.IsNullOrWhiteSpace(AppToken);

    /// <summary>Slack's requests reach the bot one way or the other, so the inbox has work to do.</summary>
    public bool ReceivesRequests => IsEnabled || IsSocketModeReady;

    public bool IsTeamAllowed(string? teamId) =>
        AllowedTeamIds.Count == 0 || (teamId is not null && AllowedTeamIds.Contains(teamId, StringComparer.Ordinal));
}
