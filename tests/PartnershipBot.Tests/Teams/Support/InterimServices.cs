using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Channels.Teams;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Storage;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Teams.Support;

// INTERIM: stands in for the host work (TurnProcessor, stores, Program wiring) until it is merged.
// The lead deletes this file after the merge; the partial method call in TeamsBotFactory then vanishes.
public sealed partial class TeamsBotFactory
{
    partial void ConfigureInterim(IWebHostBuilder builder)
    {
        builder.ConfigureServices((context, services) => services.AddTeamsChannel(context.Configuration));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ITurnProcessor, InterimTurnProcessor>();
            services.AddSingleton<IConversationAddressStore, InterimAddressStore>();
            services.AddSingleton<IUserDirectory, InterimUserDirectory>();
            services.AddSingleton<IInboundDeduplicator, InterimDeduplicator>();
            services.AddSingleton<IStartupFilter, MapTeamsStartupFilter>();
        });
    }
}

internal sealed class MapTeamsStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseRouting();
        app.UseEndpoints(endpoints => endpoints.MapTeamsChannel());
        next(app);
    };
}

internal sealed class InterimTurnProcessor : ITurnProcessor
{
    private readonly DialogRunner _runner = BotDialogs.CreateRunner();
    private readonly ConcurrentDictionary<string, string> _states = new();

    public async Task<IReadOnlyList<Reply>> ProcessAsync(Turn turn, IReplySender sender, CancellationToken cancellationToken)
    {
        var state = _states.TryGetValue(turn.Conversation.Key, out var json) ? ConversationState.FromJson(json) : ConversationState.Empty;
        var result = _runner.Run(turn, state);
        _states[turn.Conversation.Key] = result.State.ToJson();
        await sender.SendAsync(result.Replies, cancellationToken);
        return result.Replies;
    }
}

internal sealed class InterimAddressStore : IConversationAddressStore
{
    private readonly ConcurrentDictionary<(string, string), ConversationAddress> _addresses = new();

    public Task UpsertAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        _addresses[(address.Channel, address.UserId)] = address;
        return Task.CompletedTask;
    }

    public Task<ConversationAddress?> FindAsync(string channel, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(_addresses.TryGetValue((channel, userId), out var a) ? a : null);
}

internal sealed class InterimUserDirectory : IUserDirectory
{
    public Task UpsertAsync(string channel, string userId, string? displayName, string? timeZone, string? locale, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}

internal sealed class InterimDeduplicator : IInboundDeduplicator
{
    private readonly ConcurrentDictionary<string, byte> _seen = new();

    public Task<bool> TryMarkSeenAsync(string key, CancellationToken cancellationToken) => Task.FromResult(_seen.TryAdd(key, 0));
}
