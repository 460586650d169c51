using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PartnershipBot.Data;
using PartnershipBot.Partnerships;
using PartnershipBot.Turns;
using Quartz;

namespace PartnershipBot.Reminders;

public static class ReminderServices
{
    /// <summary>
    /// Everything reminders need, in one place: the obligations that follow a submission (ObligationSync), the
    /// effect handlers of Done / Snooze / "remind me", the obligations in the turn's workspace, the options, the
    /// delivery, and Quartz.NET with its persistent ADO job store in the bot's own database (tables
    /// created on start) firing the sweep. The trigger starts at once, so the first sweep after a start is the
    /// catch-up for reminders that fell due while the host was down.
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ReminderMessages>();
        services.AddSingleton<ReminderDeliveryLedger>();
        services.AddSingleton<ReminderDispatcher>();
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>());
        services.AddSingleton<ObligationSync>();
        services.AddSingleton<ICollaborationSubmittedHandler>(sp => sp.GetRequiredService<ObligationSync>());
        services.AddSingleton<LegacyObligationResync>();
        services.AddSingleton<IDataRepair>(sp => sp.GetRequiredService<LegacyObligationResync>());
        services.AddSingleton<IEffectHandler, CompleteObligationHandler>();
        services.AddSingleton<IEffectHandler, SnoozeObligationHandler>();
        services.AddSingleton<IEffectHandler, RemindAboutObligationHandler>();

        // After the partnership workspace's provider: this one adds the obligations to that workspace.
        services.AddSingleton<ITurnInputsProvider, ObligationInputsProvider>();

        // Each channel registers its own IReminderChannel (Add...Channel): how to deliver is the channel's business.

        // Quartz is configured now, before the container exists, so the few settings it needs are read here.
        var settings = configuration.GetSection(ReminderOptions.Section).Get<ReminderOptions>() ?? new ReminderOptions();
        if (!settings.Enabled)
        {
            return services;
        }

        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = settings.SchedulerName;

                // Clustered, each instance needs its own id (host name + clock): the cluster tells its members apart by it.
                scheduler.GenerateInstanceId = storage.Provider == StorageProvider.PostgreSql;

                // The scheduler thread naps this long when nothing is due; a stop can wait out one nap.
                scheduler.IdleWaitTime = TimeSpan.FromSeconds(2);
            });
            quartz.UsePersistentStore(store =>
            {
                if (storage.Provider == StorageProvider.PostgreSql)
                {
                    store.UsePostgres(storage.EffectiveConnectionString);

                    // Several instances share the database: clustering makes each firing run on one of them, and
                    // when an instance stops checking in its firings (and a recoverable job) move to another.
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = settings.ClusterCheckinInterval;
                        cluster.CheckinMisfireThreshold = settings.ClusterCheckinInterval;
                    });
                }
                else
                {
                    store.UseSqlite(DataServices.SqliteConnectionString(storage.EffectiveConnectionString));
                }

                store.ProvisionSchema();
            });
            quartz.AddJob<ReminderSweepJob>(job => job.WithIdentity(ReminderSweepJob.Key).StoreDurably().RequestRecovery());
            quartz.AddTrigger(trigger => trigger
                .ForJob(ReminderSweepJob.Key)
                .WithIdentity("reminder-sweep", "reminders")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(settings.SweepInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)));
        });
        services.AddHostedService<ReminderSchedulerHost>();
        return services;
    }
}
