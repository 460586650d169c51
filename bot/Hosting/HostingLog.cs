namespace PartnershipBot.Hosting;

internal static partial class HostingLog
{
    [LoggerMessage(3001, LogLevel.Information, "PartnershipBot listening on {Urls}. Teams: {Teams}. Slack: {Slack}. Storage: {Provider}.")]
    public static partial void Listening(ILogger logger, string urls, string teams, string slack, string provider);
}
