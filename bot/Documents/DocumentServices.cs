namespace PartnershipBot.Documents;

/// <summary>The drafted documents: the agreement draft, the year's publication and the evidence pack.</summary>
public static class DocumentServices
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DocumentOptions>().BindConfiguration(DocumentOptions.Section);
        services.AddSingleton<DocumentQueries>();
        services.AddSingleton<AgreementDocuments>();
        services.AddSingleton<DisclosurePublisher>();
        services.AddSingleton<EvidencePack>();
        return services;
    }
}
