using PartnershipBot.Channels.Teams;

namespace PartnershipBot.Tests.Teams;

/// <summary>Which service URLs may receive the bot's bearer token, and which Entra issuers are trusted per cloud.</summary>
public sealed class ConnectorHostPolicyTests
{
    private static readonly IReadOnlyList<string> Defaults = TeamsOptions.DefaultConnectorHosts;

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://SMBA.trafficmanager.net/emea")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/gcch/")]
    [InlineData("https://smba.infra.dod.teams.microsoft.us/teams")]
    public void Refusal_ConnectorHostOverHttps_IsNull(string url)
    {
        Assert.Null(ConnectorHostPolicy.Refusal(url, Defaults, allowLoopback: false));
    }

    [Theory]
    [InlineData("http://smba.trafficmanager.net/teams/", "https")]
    [InlineData("https://connector.evil.example/", "not a Bot Framework connector host")]
    [InlineData("https://botframework.com.evil.example/", "not a Bot Framework connector host")]
    [InlineData("https://evilbotframework.com/", "not a Bot Framework connector host")]
    [InlineData("https://smba.trafficmanager.net.evil.example/", "not a Bot Framework connector host")]
    [InlineData("https://botframework.com/", "not a Bot Framework connector host")]
    // Other Bot Framework channels (Web Chat, Direct Line) are not Teams: their clients choose their own user id.
    [InlineData("https://webchat.botframework.com/", "not a Bot Framework connector host")]
    [InlineData("https://directline.botframework.com/", "not a Bot Framework connector host")]
    [InlineData("https://europe.directline.botframework.com/", "not a Bot Framework connector host")]
    [InlineData("https://directline.botframework.azure.us/", "not a Bot Framework connector host")]
    [InlineData("https://user:secret@smba.trafficmanager.net/teams/", "user info")]
    [InlineData("https://smba.trafficmanager.net:8443/teams/", "port")]
    [InlineData("http://localhost:3978/", "loopback")]
    [InlineData("https://127.0.0.1:5001/", "loopback")]
    [InlineData("https://[::1]/", "loopback")]
    [InlineData("https://169.254.169.254/latest/", "private or link-local")]
    [InlineData("https://10.0.0.5/", "private or link-local")]
    [InlineData("https://192.168.1.10/", "private or link-local")]
    [InlineData("https://172.16.4.4/", "private or link-local")]
    [InlineData("https://[fe80::1]/", "private or link-local")]
    [InlineData("https://[fd00::1]/", "private or link-local")]
    [InlineData("https://52.114.1.1/", "IP address")]
    [InlineData("/relative/path", "absolute")]
    [InlineData("", "absolute")]
    [InlineData(null, "absolute")]
    public void Refusal_AnythingElse_SaysWhy(string? url, string reason)
    {
        var refusal = ConnectorHostPolicy.Refusal(url, Defaults, allowLoopback: false);

        Assert.NotNull(refusal);
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:3978/")]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("https://[::1]:5001/")]
    public void Refusal_LoopbackWhenAllowed_IsNull(string url)
    {
        Assert.Null(ConnectorHostPolicy.Refusal(url, Defaults, allowLoopback: true));
    }

    [Theory]
    [InlineData("http://169.254.169.254/")]
    [InlineData("http://10.0.0.5/")]
    [InlineData("http://connector.evil.example/")]
    public void Refusal_LoopbackAllowed_StillRefusesEverythingElseOverHttp(string url)
    {
        Assert.NotNull(ConnectorHostPolicy.Refusal(url, Defaults, allowLoopback: true));
    }

    [Fact]
    public void Refusal_ConfiguredHosts_ReplaceTheDefaults()
    {
        string[] hosts = ["connector.contoso.example", "*.bots.contoso.example", "10.1.2.3"];

        Assert.Null(ConnectorHostPolicy.Refusal("https://connector.contoso.example/", hosts, allowLoopback: false));
        Assert.Null(ConnectorHostPolicy.Refusal("https://eu.bots.contoso.example/", hosts, allowLoopback: false));
        Assert.NotNull(ConnectorHostPolicy.Refusal("https://bots.contoso.example/", hosts, allowLoopback: false));
        Assert.NotNull(ConnectorHostPolicy.Refusal("https://smba.trafficmanager.net/teams/", hosts, allowLoopback: false));
        // A private address stays refused even when someone lists it.
        Assert.NotNull(ConnectorHostPolicy.Refusal("https://10.1.2.3/", hosts, allowLoopback: false));
    }

    [Fact]
    public void ValidIssuers_SingleTenantPublicCloud_AreBotFrameworkAndTheTenantsEntraIssuers()
    {
        var options = new TeamsOptions { MicrosoftAppTenantId = "t1" };

        Assert.Equal(["https://api.botframework.com", "https://sts.windows.net/t1/", "https://login.microsoftonline.com/t1/v2.0"], options.ValidIssuers());
    }

    [Theory]
    [InlineData("https://login.microsoftonline.us", "https://sts.windows.net/t1/", "https://login.microsoftonline.us/t1/v2.0")]
    [InlineData("https://login.microsoftonline.us/", "https://sts.windows.net/t1/", "https://login.microsoftonline.us/t1/v2.0")]
    [InlineData("https://login.chinacloudapi.cn", "https://sts.chinacloudapi.cn/t1/", "https://login.chinacloudapi.cn/t1/v2.0")]
    [InlineData("https://login.partner.microsoftonline.cn", "https://sts.chinacloudapi.cn/t1/", "https://login.partner.microsoftonline.cn/t1/v2.0")]
    public void ValidIssuers_SovereignCloud_FollowTheLoginInstance(string loginInstance, string v1, string v2)
    {
        var options = new TeamsOptions { MicrosoftAppTenantId = "t1", LoginInstance = loginInstance };

        var issuers = options.ValidIssuers();

        Assert.Contains(v1, issuers);
        Assert.Contains(v2, issuers);
        Assert.DoesNotContain("https://login.microsoftonline.com/t1/v2.0", issuers);
    }
}
