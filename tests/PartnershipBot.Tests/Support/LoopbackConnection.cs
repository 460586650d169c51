using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PartnershipBot.Tests.Support;

/// <summary>
/// The in-process test server has no socket, so its requests carry no addresses. This makes them look like what
/// they stand for, a client on this machine talking to a loopback listener (the Emulator, Agents Playground). A
/// request that set its own addresses (Server.SendAsync) keeps them. Added first, so it runs before the host's own
/// socket check.
/// </summary>
public sealed class LoopbackConnection : IStartupFilter
{
    public static void AddFirst(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.Insert(0, ServiceDescriptor.Singleton<IStartupFilter, LoopbackConnection>());
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Connection.RemoteIpAddress is null)
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                context.Connection.LocalIpAddress = IPAddress.Loopback;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
