namespace PartnershipBot.Channels.Slack;

/// <summary>Where Socket Mode stands, for /readyz and the logs: off, connected, or not connected and why.</summary>
public sealed class SlackSocketStatus(TimeProvider clock)
{
    private readonly Lock gate = new();
    private State current = new(false, false, "Socket Mode is off (Slack:SocketMode).", null, 0);

    public sealed record State(bool IsOn, bool IsConnected, string Description, DateTimeOffset? Since, int Connects);

    public State Current
    {
        get
        {
            lock (gate)
            {
                return current;
            }
        }
    }

    internal void Connected(string? appId)
    {
        lock (gate)
        {
            current = new State(true, true, $"Socket Mode connected (app {appId ?? "unknown"}).", clock.GetUtcNow(), current.Connects + 1);
        }
    }

    /// <param name="why">Why not, without secrets: "Slack:AppToken is not set", "apps.connections.open: invalid_auth"...</param>
    internal void NotConnected(string why)
    {
        lock (gate)
        {
            current = current with { IsOn = true, IsConnected = false, Description = $"Socket Mode not connected: {why}.", Since = clock.GetUtcNow() };
        }
    }
}
