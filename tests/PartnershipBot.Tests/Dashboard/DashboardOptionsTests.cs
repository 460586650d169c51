using Microsoft.Extensions.Options;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Dashboard;

/// <summary>A Dashboard setting the dashboard cannot work with stops start-up and names the setting.</summary>
public sealed class DashboardOptionsTests
{
    [Theory]
    [InlineData("Dashboard:Entra:TenantId", "11111111-2222-3333-4444-555555555555", "Dashboard:Entra:TenantId and Dashboard:Entra:ClientId are set together")]
    [InlineData("Dashboard:PageSize", "0", "Dashboard:PageSize must be between 1 and 500")]
    [InlineData("Dashboard:Entra:Instance", "http://login.example/", "Dashboard:Entra:Instance must be an absolute https URL")]
    [InlineData("Dashboard:OwnerAccounts:oid-olga", "U0002", "Dashboard:OwnerAccounts:oid-olga must list chat accounts as channel:user")]
    public void BadSetting_StopsStartUpWithAClearMessage(string key, string value, string expected)
    {
        using var factory = new BotFactory(new Dictionary<string, string?> { ["Reminders:Enabled"] = "false", [key] = value });

        var refused = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EntraWithoutClientSecret_StopsStartUp()
    {
        using var factory = new BotFactory(new Dictionary<string, string?>
        {
            ["Reminders:Enabled"] = "false",
            ["Dashboard:Entra:TenantId"] = "11111111-2222-3333-4444-555555555555",
            ["Dashboard:Entra:ClientId"] = "66666666-7777-8888-9999-000000000000",
        });

        var refused = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Dashboard:Entra:ClientSecret is required", refused.Message, StringComparison.Ordinal);
    }
}
