namespace PartnershipBot.Hosting;

internal static partial class HostingLog
{
    [LoggerMessage(9001, LogLevel.Information, "PartnershipBot listening on {Urls}. Teams: {Teams}. Slack: {Slack}. Storage: {Provider}.")]
    public static partial void Listening(ILogger logger, string urls, string teams, string slack, string provider);

    [LoggerMessage(9002, LogLevel.Warning,
        "{Area} refused a request with 403: {Reason}. It serves only loopback connections on a loopback listener, not forwarded by a proxy or tunnel.")]
    public static partial void NotFromThisMachine(ILogger logger, string area, string reason);

    [LoggerMessage(9003, LogLevel.Warning,
        "Safety: no pharmacovigilance contact (Safety:Contact). Safety information typed to the bot is recorded and the user is asked to report it themselves, but nothing is sent. Set Safety:Contact:Channel and its ConversationId or Address (docs/safety.md).")]
    public static partial void NoSafetyContact(ILogger logger);

    [LoggerMessage(9004, LogLevel.Warning,
        "Chat texts: {Count} have no translation and are shown in English ({Missing}). Add them to dialogs/Texts/Chat.<language>.resx.")]
    public static partial void MissingTranslations(ILogger logger, int count, string missing);
}
