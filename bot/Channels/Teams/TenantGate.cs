using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Texts;

namespace PartnershipBot.Channels.Teams;

/// <summary>
/// Teams:AllowedTenantIds (a SingleTenant bot's own tenant when unset), checked before the activity handler so an
/// activity from another organisation stores nothing (no state, no address, no user row) and runs no turn. The
/// sender gets one polite line. An activity whose two tenant fields disagree gets 403 and no line.
/// </summary>
internal sealed class TenantGate(IOptions<TeamsOptions> options, ITeamsConnector connector, ILogger<TenantGate> logger)
{
    /// <summary>Null when the tenant is served; otherwise the answer to give the connector.</summary>
    public async Task<IResult?> RefuseAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (TeamsTurnMapper.TenantsDisagree(activity))
        {
            // Teams writes both fields from the same tenant; two tenants means someone wrote one of them.
            TeamsLog.Rejected(logger, StatusCodes.Status403Forbidden, "conversation.tenantId and channelData.tenant.id name different tenants");
            return Results.Json(new { error = "The activity names two different tenants." }, statusCode: StatusCodes.Status403Forbidden);
        }

        var tenant = TeamsTurnMapper.TenantId(activity);
        if (options.Value.IsTenantAllowed(tenant))
        {
            return null;
        }

        TeamsLog.TenantRefused(logger, activity.Type, tenant ?? "(none)");
        switch (activity.Type)
        {
            case ActivityTypes.Invoke when activity.Name == TeamsActivityHandler.AdaptiveCardInvoke:
                // Universal Actions: the message travels in the invoke response, shown where the card was clicked.
                return InvokeResponses.Message(Say.TeamsTenantRefused.Plain(Languages.For(activity.Locale)));
            case ActivityTypes.Message:
            case ActivityTypes.ConversationUpdate when activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true:
                await TellAsync(activity, cancellationToken);
                return Results.Ok();
            default:
                return Results.Ok();
        }
    }

    private async Task TellAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await new TeamsReplySender(connector, activity).SendAsync([new TextReply(Say.TeamsTenantRefused.In(Languages.For(activity.Locale)))], cancellationToken);
        }
        catch (Exception ex) when (ex is TeamsConnectorException or HttpRequestException or InvalidOperationException)
        {
            // The refusal is a courtesy; the activity stays refused whether or not it arrives.
            TeamsLog.RefusalNotSent(logger, ex.GetType().Name);
        }
    }
}
