using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PartnershipBot.Partnerships;
using PartnershipBot.Turns;

namespace PartnershipBot.Approvals;

public static class ApprovalServices
{
    /// <summary>
    /// Compliance sign-off: a review round opened by each submission (with the owner told who reviews it), the
    /// decision service the surfaces call, the review state in the dialogs' workspace, and the outbox sender that
    /// posts, reminds and escalates. Channels register their <see cref="IApprovalChannel"/>. After AddPartnerships:
    /// the workspace provider adds to what the partnership provider loaded.
    /// </summary>
    public static IServiceCollection AddApprovals(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ApprovalOptions>().BindConfiguration(ApprovalOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApprovalOptions>, ApprovalOptionsValidator>());
        services.AddSingleton<ApprovalReviewers>();
        services.AddSingleton<ApprovalMessages>();
        services.AddSingleton<ApprovalOutboxWriter>();
        services.AddSingleton<ApprovalService>();
        services.AddSingleton<ApprovalQueries>();
        services.AddSingleton<ApprovalSender>();
        services.AddSingleton<ApprovalSubmission>();
        services.AddSingleton<ICollaborationSubmittedHandler>(sp => sp.GetRequiredService<ApprovalSubmission>());
        services.AddSingleton<ApprovalCheck>();
        services.AddSingleton<ITurnCheck>(sp => sp.GetRequiredService<ApprovalCheck>());
        services.AddSingleton<ITurnInputsProvider, ApprovalInputsProvider>();
        services.AddHostedService<ApprovalSenderService>();
        services.AddHostedService<ApprovalStartupCheck>();
        return services;
    }
}
