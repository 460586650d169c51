using PartnershipBot.Turns;

namespace PartnershipBot.Partnerships;

public static class PartnershipServices
{
    /// <summary>
    /// The effect handlers and the per-turn workspace snapshot of the partnership dialogs. Obligations and their
    /// reminders are registered by ReminderServices.
    /// </summary>
    public static IServiceCollection AddPartnerships(this IServiceCollection services)
    {
        services.AddSingleton<IEffectHandler, SaveCollaborationHandler>();
        services.AddSingleton<IEffectHandler, ChecklistItemHandler>();
        services.AddSingleton<IEffectHandler, QuizScoreHandler>();
        services.AddSingleton<IEffectHandler, CollaborationNoteHandler>();
        services.AddSingleton<ITurnInputsProvider, PartnershipWorkspaceProvider>();
        return services;
    }
}
