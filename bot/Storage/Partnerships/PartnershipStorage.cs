using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PartnershipBot.Reminders;
using PartnershipBot.Turns;

namespace PartnershipBot.Storage.Partnerships;

public static class PartnershipStorage
{
    /// <summary>The effect handlers and the per-turn workspace snapshot of the partnership dialogs.</summary>
    public static IServiceCollection AddPartnershipStorage(this IServiceCollection services)
    {
        services.AddSingleton<IEffectHandler, SaveCollaborationHandler>();
        services.AddSingleton<IEffectHandler, ChecklistItemHandler>();
        services.AddSingleton<IEffectHandler, QuizScoreHandler>();
        services.AddSingleton<IEffectHandler, CompleteObligationHandler>();
        services.AddSingleton<IEffectHandler, SnoozeObligationHandler>();
        services.AddSingleton<IEffectHandler, RemindAboutObligationHandler>();
        services.AddSingleton<ObligationSync>();
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>());
        services.AddSingleton<ITurnInputsProvider, PartnershipWorkspaceProvider>();
        return services;
    }
}
