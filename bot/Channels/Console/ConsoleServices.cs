using PartnershipBot.Reminders;

namespace PartnershipBot.Channels.Console;

/// <summary>The terminal chat's services: its reminder delivery (the `chat` verb itself lives in Hosting).</summary>
public static class ConsoleServices
{
    public static IServiceCollection AddConsoleChannel(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<ConsoleReminderChannel>();
        services.AddSingleton<ConsoleDocuments>();
        services.AddSingleton<IReminderChannel>(sp => sp.GetRequiredService<ConsoleReminderChannel>());
        return services;
    }
}
