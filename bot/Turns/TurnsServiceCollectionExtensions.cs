using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PartnershipBot.Turns;

public static class TurnsServiceCollectionExtensions
{
    /// <summary>The turn pipeline around the DialogRunner, which GuidanceServices registers (built from the pack).</summary>
    public static IServiceCollection AddTurnPipeline(this IServiceCollection services)
    {
        services.TryAddSingleton<ITurnRunner, DialogTurnRunner>();
        services.TryAddSingleton<KeyedAsyncLock>();
        services.TryAddSingleton<RecentDeliveries>();
        services.TryAddSingleton<ITurnProcessor, TurnProcessor>();
        return services;
    }
}
