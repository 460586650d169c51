using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Safety;
using PartnershipBot.Turns;

namespace PartnershipBot.Safety;

public static class SafetyServices
{
    /// <summary>
    /// Safety information: the check on every turn (rules from the content pack), the report recorded with the
    /// turn, the email channel (Teams and Slack register theirs), and the sender that delivers and escalates.
    /// </summary>
    public static IServiceCollection AddSafety(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SafetyOptions>().BindConfiguration(SafetyOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SafetyOptions>, SafetyOptionsValidator>());

        // Escalations go where the reminders' escalations go: Reminders:Compliance, read into Safety's own shape.
        services.AddOptions<SafetyContact>(SafetyReportSender.ComplianceContact).BindConfiguration("Reminders:Compliance");
        services.AddSingleton(sp => new SafetyDetector(sp.GetRequiredService<GuidancePack>().Safety));
        services.AddSingleton<SafetyMessages>();
        services.AddSingleton<SafetyCheck>();
        services.AddSingleton<ITurnCheck>(sp => sp.GetRequiredService<SafetyCheck>());
        services.AddSingleton<IEffectHandler, SafetyReportHandler>();
        services.AddSingleton<IEffectHandler, SafetyNoteHandler>();
        services.AddSingleton<ITurnInputsProvider, SafetyReportsProvider>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISafetyReportChannel, SafetyEmailChannel>());
        services.AddSingleton<SafetyReportSender>();
        services.AddSingleton<SafetyReportQueries>();
        services.AddSingleton<SafetyReceipts>();
        services.AddHostedService<SafetySenderService>();
        return services;
    }
}
