using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Data;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Turns;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// Publishes a user's Home tab (views.publish). The data is the same workspace snapshot a turn of that user reads
/// (the ITurnInputsProvider chain: collaborations, checklists, obligations, review rounds), so the home view and the
/// chat never disagree and no query is written twice.
/// </summary>
public sealed class SlackHome(
    IDbContextFactory<BotDbContext> contexts,
    IEnumerable<ITurnInputsProvider> providers,
    SlackApiClient api,
    SlackUserCache users,
    SlackHomeVisitors visitors,
    SlackUserCulture cultures,
    GuidancePack pack,
    TimeProvider clock)
{
    /// <summary>Publishes the view and remembers the user as one who looks at it (app_home_opened).</summary>
    public async Task<SlackApiResponse> PublishAsync(string teamId, string userId, CancellationToken cancellationToken)
    {
        var key = SlackTurnHandler.UserKey(teamId, userId);
        visitors.Add(key);
        var view = await BuildAsync(key, cancellationToken);
        return await api.CallJsonAsync("views.publish", new JsonObject { ["user_id"] = userId, ["view"] = view }, cancellationToken);
    }

    /// <summary>After something changed for the user: republished only if they opened the Home tab before.</summary>
    public async Task RefreshAsync(string teamId, string userId, CancellationToken cancellationToken)
    {
        if (visitors.Contains(SlackTurnHandler.UserKey(teamId, userId)))
        {
            await PublishAsync(teamId, userId, cancellationToken);
        }
    }

    /// <summary>The home view of a user (TEAM:USER), from the snapshot a turn of theirs would read now.</summary>
    public async Task<JsonObject> BuildAsync(string userKey, CancellationToken cancellationToken)
    {
        var timeZone = users.TryGet(userKey, out var info) ? info.TimeZone : null;
        var workspace = await WorkspaceAsync(userKey, cancellationToken);
        var culture = await cultures.GetAsync(userKey, cancellationToken);
        return SlackHomeView.Build(workspace, pack, Today(clock.GetUtcNow(), timeZone), culture);
    }

    /// <summary>
    /// The user's (TEAM:USER) workspace as a turn of theirs would read it now: the Home tab and the note picker show
    /// exactly the collaborations the dialogs will accept.
    /// </summary>
    public async Task<PartnershipWorkspace> WorkspaceAsync(string userKey, CancellationToken cancellationToken)
    {
        var known = users.TryGet(userKey, out var info);
        var timeZone = known ? info.TimeZone : null;
        var now = clock.GetUtcNow();
        // Not a turn: only its user and time matter to the providers, which read and never write.
        var turn = new Turn
        {
            Id = $"slack-home-{Guid.NewGuid():N}",
            User = new ChannelUser(ChannelIds.Slack, userKey, known ? info.DisplayName : null, timeZone),
            Conversation = new ConversationRef(ChannelIds.Slack, $"{userKey}:home"),
            Timestamp = now,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var inputs = TurnInputs.Empty;
        foreach (var provider in providers)
        {
            inputs = await provider.LoadAsync(turn, db, inputs, cancellationToken);
        }

        return inputs.Get<PartnershipWorkspace>() ?? PartnershipWorkspace.Empty;
    }

    private static DateOnly Today(DateTimeOffset now, string? timeZone) =>
        DateOnly.FromDateTime(timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? TimeZoneInfo.ConvertTime(now, zone).DateTime : now.UtcDateTime);
}
