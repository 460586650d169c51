using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PartnershipBot.Data;

namespace PartnershipBot.Turns;

public static class TurnServices
{
    /// <summary>
    /// The turn pipeline around the DialogRunner (which GuidanceServices registers, built from the pack): state,
    /// delivery ids, users and addresses, sent cards, and the writer that commits a turn.
    /// </summary>
    public static IServiceCollection AddTurnPipeline(this IServiceCollection services)
    {
        services.TryAddSingleton<ITurnRunner, DialogTurnRunner>();
        services.TryAddSingleton<KeyedAsyncLock>();
        services.TryAddSingleton<RecentDeliveries>();
        services.TryAddSingleton<ITurnProcessor, TurnProcessor>();
        services.TryAddSingleton<ConversationStateStore>();
        services.TryAddSingleton<ITurnWriter>(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.Sqlite
            && sp.GetRequiredService<IOptions<SpeedOptions>>().Value.GroupCommit
            ? ActivatorUtilities.CreateInstance<SqliteGroupCommit>(sp)
            : ActivatorUtilities.CreateInstance<TransactionPerTurnWriter>(sp));
        services.TryAddSingleton<IConversationAddressStore, ConversationAddressStore>();
        services.TryAddSingleton<IUserDirectory, UserDirectory>();
        services.TryAddSingleton<UserLanguages>();
        services.AddSingleton<IEffectHandler, SetLanguageHandler>();
        services.TryAddSingleton<InboundDeduplicator>();
        services.TryAddSingleton<IInboundDeduplicator>(sp => ActivatorUtilities.CreateInstance<ResilientInboundDeduplicator>(sp, sp.GetRequiredService<InboundDeduplicator>()));
        services.TryAddSingleton<SentCardStore>();

        // Linked accounts: one person across channels (link, unlink, reminders in ...).
        services.AddSingleton<ITurnInputsProvider, LinkInputsProvider>();
        services.AddSingleton<IEffectHandler, CreateLinkCodeHandler>();
        services.AddSingleton<IEffectHandler, JoinLinkHandler>();
        services.AddSingleton<IEffectHandler, UnlinkHandler>();
        services.AddSingleton<IEffectHandler, SetReminderChannelHandler>();
        return services;
    }
}
