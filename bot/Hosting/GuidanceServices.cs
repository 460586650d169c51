using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Flows.People;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Safety;

namespace PartnershipBot.Hosting;

/// <summary>The content pack (built in, or Guidance:ContentPath) and the dialogs built from it.</summary>
public static class GuidanceServices
{
    public const string ContentPathKey = "Guidance:ContentPath";

    public static IServiceCollection AddGuidance(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // Parsed and validated on another core while the host is built and the database prepared (a few hundred
        // ms of start-up); a broken pack still stops start-up with every problem listed (file, line, field)
        // before the server listens, through GuidancePackCheck, so no one is given wrong guidance.
        var path = configuration[ContentPathKey];
        var loading = Task.Run(() =>
        {
            var pack = Load(path);
            return (Pack: pack, Dialogs: new BotDialogsBuilder().AddPartnerships(pack).AddSafetyNotes().AddLinking().AddLanguage());
        });
        services.AddSingleton(_ => loading.GetAwaiter().GetResult().Pack);
        services.AddHostedService(_ => new GuidancePackCheck(loading));
        // The one registration of the DialogRunner, and of the command table it routes by (channels build their
        // command help from it).
        services.AddSingleton(_ => loading.GetAwaiter().GetResult().Dialogs.Commands);
        services.AddSingleton<DialogRunner>(_ => BotDialogs.CreateRunner(loading.GetAwaiter().GetResult().Dialogs));
        return services;
    }

    public static GuidancePack Load(string? path) =>
        string.IsNullOrWhiteSpace(path) ? GuidancePack.LoadDefault() : GuidancePack.Load(path);
}
