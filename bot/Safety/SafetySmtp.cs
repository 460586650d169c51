namespace PartnershipBot.Safety;

/// <summary>The SMTP relay for reports to an email address (Safety:Smtp).</summary>
public sealed class SafetySmtp
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>"StartTls" (default), "SslOnConnect", or "None" for a relay on the local network.</summary>
    public string Security { get; set; } = "StartTls";

    public string From { get; set; } = "partnershipbot@localhost";
    public string? UserName { get; set; }
    public string? Password { get; set; }
}
