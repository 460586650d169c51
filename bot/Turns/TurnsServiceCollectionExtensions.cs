using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnershipBot.Dialogs.Flows;

namespace PartnershipBot.Turns;

public static class TurnsServiceCollectionExtensions
{
    public static IServiceCollection AddTurnPipeline(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => BotDialogs.CreateRunner());
        services.TryAddSingleton<ITurnRunner, DialogTurnRunner>();
        services.TryAddSingleton<KeyedAsyncLock>();
        services.TryAddSingleton<ITurnProcessor, TurnProcessor>();
        return services;
    }
}
