using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Texts;

namespace PartnershipBot.Hosting;

/// <summary>
/// At start-up, one warning naming every text (chat, commands, cards, notices, dashboard, documents) a language lacks: such a text is shown in English (the
/// resource manager's fallback), which works but should not go unnoticed. One line, not one per key or per turn.
/// </summary>
internal sealed class ChatTextsCheck(ILogger<ChatTextsCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Report(logger, TextSets.Missing([.. TextSets.All, .. HostTexts.All]));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static void Report(ILogger logger, IReadOnlyList<(string Language, string Key)> missing)
    {
        if (missing.Count > 0)
        {
            HostingLog.MissingTranslations(logger, missing.Count, string.Join(", ", missing.Select(m => $"{m.Language}: {m.Key}")));
        }
    }
}
