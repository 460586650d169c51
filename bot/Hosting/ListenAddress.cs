namespace PartnershipBot.Hosting;

/// <summary>
/// The bot's own default address, used only when nothing else says where to listen: the standard ASP.NET Core
/// settings (ASPNETCORE_URLS / --urls, ASPNETCORE_HTTP_PORTS, ASPNETCORE_HTTPS_PORTS, Kestrel:Endpoints) always
/// win, then PORT (set by several container platforms), then http://localhost:3978, Bot Framework's usual port.
/// </summary>
public static class ListenAddress
{
    public const string Default = "http://localhost:3978";

    public static string? Fallback(IConfiguration configuration, string? port)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string[] standard = ["urls", "http_ports", "https_ports"];
        if (standard.Any(key => !string.IsNullOrWhiteSpace(configuration[key]))
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any())
        {
            return null;
        }

        return int.TryParse(port, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && number is > 0 and <= 65535
            ? $"http://+:{number}"
            : Default;
    }
}
