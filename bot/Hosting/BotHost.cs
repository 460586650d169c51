namespace PartnershipBot.Hosting;

public static class BotHost
{
    /// <summary>
    /// A web application builder whose content root is the working directory (the repository root for
    /// <c>dotnet run --project bot</c>, so the root appsettings.json applies) or, when that folder has no
    /// appsettings.json, the folder of the built bot, which carries a copy.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var hasSettings = File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"));
        var builder = WebApplication.CreateBuilder(hasSettings
            ? new WebApplicationOptions { Args = args }
            : new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (ListenAddress.Fallback(builder.Configuration, Environment.GetEnvironmentVariable("PORT")) is { } fallback)
        {
            builder.WebHost.UseUrls(fallback);
        }

        return builder;
    }
}
