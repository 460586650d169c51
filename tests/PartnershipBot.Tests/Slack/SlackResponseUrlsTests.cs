using System.Net;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Tests.Slack.Support;

namespace PartnershipBot.Tests.Slack;

public sealed class SlackResponseUrlsTests
{
    [Theory]
    [InlineData("http://hooks.slack.com/commands/T0TEAM001/1/abc")]
    [InlineData("https://evil.example/commands/T0TEAM001/1/abc")]
    [InlineData("https://hooks.slack.com.evil.example/commands/1")]
    [InlineData("https://evilhooks.slack.com/commands/1")]
    [InlineData("https://user:pw@hooks.slack.com/commands/1")]
    [InlineData("https://hooks.slack.com:8443/commands/1")]
    [InlineData("http://127.0.0.1:5000/response/1")]
    [InlineData("https://[::1]/response/1")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    [InlineData("")]
    public void Allowed_InProduction_RefusesAnythingButHttpsOnSlacksHooksHost(string url) =>
        Assert.Null(Urls("Production").Allowed(url));

    [Theory]
    [InlineData("https://hooks.slack.com/commands/T0TEAM001/1/abc")]
    [InlineData("https://HOOKS.slack.com/actions/T0TEAM001/2/def")]
    public void Allowed_InProduction_AcceptsSlacksHooksHost(string url) =>
        Assert.NotNull(Urls("Production").Allowed(url));

    [Fact]
    public void Allowed_InDevelopment_AcceptsLoopbackForTests() =>
        Assert.NotNull(Urls("Development").Allowed("http://127.0.0.1:5000/response/1"));

    [Fact]
    public void Allowed_ConfiguredHosts_ReplaceTheDefault()
    {
        var options = new SlackOptions();
        options.ResponseUrlHosts.Add("hooks.slack-gov.com");
        var urls = Urls("Production", options);

        Assert.NotNull(urls.Allowed("https://hooks.slack-gov.com/commands/1"));
        Assert.Null(urls.Allowed("https://hooks.slack.com/commands/1"));
    }

    [Fact]
    public async Task Command_WithAResponseUrlElsewhere_IsRefusedWith400AndRunsNothing()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = new SlackBotFactory(slack);

        using var response = await bot.PostSignedAsync(SlackServices.CommandsPath, SlackPayloads.Command("checklist", new Uri("https://evil.example/hook")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Turns.Turns);
    }

    private static SlackResponseUrls Urls(string environment, SlackOptions? options = null) =>
        new(new Monitor(options ?? new SlackOptions()), new HostingEnvironment { EnvironmentName = environment });

    private sealed class Monitor(SlackOptions value) : IOptionsMonitor<SlackOptions>
    {
        public SlackOptions CurrentValue => value;

        public SlackOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<SlackOptions, string?> listener) => null;
    }
}
