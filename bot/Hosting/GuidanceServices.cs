using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Hosting;

/// <summary>The content pack (built in, or Guidance:ContentPath) and the dialogs built from it.</summary>
public static class GuidanceServices
{
    public const string ContentPathKey = "Guidance:ContentPath";

    public static IServiceCollection AddGuidance(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // Loaded while the host is built: a broken pack stops start-up with every problem listed (file, line,
        // field) before anyone is given wrong guidance.
        var pack = Load(configuration[ContentPathKey]);
        services.AddSingleton(pack);
        // The one registration of the DialogRunner, and of the command table it routes by (channels build their
        // command help from it).
        var dialogs = new BotDialogsBuilder().AddPartnerships(pack);
        services.AddSingleton(dialogs.Commands);
        services.AddSingleton<DialogRunner>(_ => BotDialogs.CreateRunner(dialogs));
        return services;
    }

    public static GuidancePack Load(string? path) =>
        string.IsNullOrWhiteSpace(path) ? GuidancePack.LoadDefault() : GuidancePack.Load(path);
}
