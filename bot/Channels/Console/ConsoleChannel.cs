using PartnershipBot.Reminders;

namespace PartnershipBot.Channels.Console;

/// <summary>Registration of the terminal chat's services (the `chat` verb itself lives in Hosting).</summary>
public static class ConsoleChannel
{
    public static IServiceCollection AddConsoleChannel(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<ConsoleReminderChannel>();
        services.AddSingleton<IReminderChannel>(sp => sp.GetRequiredService<ConsoleReminderChannel>());
        return services;
    }
}
