using System.CommandLine;
using PartnershipBot.Hosting;

namespace PartnershipBot.Tests.Hosting;

public sealed class BotCliTests
{
    [Theory]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "--urls", "http://localhost:5001" }, false)]
    [InlineData(new[] { "--environment=Development" }, false)]
    [InlineData(new[] { "chat" }, true)]
    [InlineData(new[] { "chat", "--user", "bob" }, true)]
    [InlineData(new[] { "--help" }, true)]
    [InlineData(new[] { "chatty" }, false)]
    public void IsCliInvocation_Args_RoutesVerbsToTheCli(string[] args, bool expected) =>
        Assert.Equal(expected, BotCli.IsCliInvocation(args));

    [Fact]
    public void CreateRootCommand_Always_HasEveryFeatureCommand()
    {
        var root = BotCli.CreateRootCommand();

        Assert.Equal(BotCli.FeatureCommands.Length, root.Subcommands.Count);
        var chat = Assert.Single(root.Subcommands, c => c.Name == "chat");
        Assert.Contains(chat.Options, o => o.Name == "--user");
    }

    [Fact]
    public async Task RunAsync_UnknownOption_ExitsNonZeroWithAnError()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await BotCli.RunAsync(["chat", "--colour", "red"], new InvocationConfiguration { Output = output, Error = error });

        Assert.NotEqual(0, code);
        Assert.Contains("--colour", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Help_ListsTheChatVerb()
    {
        using var output = new StringWriter();

        var code = await BotCli.RunAsync(["--help"], new InvocationConfiguration { Output = output, Error = TextWriter.Null });

        Assert.Equal(0, code);
        Assert.Contains("chat", output.ToString(), StringComparison.Ordinal);
    }
}
