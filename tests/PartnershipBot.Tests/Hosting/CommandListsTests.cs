using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Hosting;

/// <summary>
/// The channels' command lists (Teams manifest, Slack manifest and slash-command help) offer only what the
/// dialogs' command table has, in its words.
/// </summary>
public sealed class CommandListsTests
{
    private static readonly CommandTable Commands = new BotDialogsBuilder().AddPartnerships(GuidancePack.LoadDefault()).Commands;

    [Fact]
    public void TeamsManifest_Commands_AreTheDialogsCommandsInTheirWords()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepoFiles.Path("manifests", "teams", "manifest.json")))!;
        var listed = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();

        Assert.NotEmpty(listed);
        foreach (var entry in listed.Where(e => (string?)e!["title"] != "help"))
        {
            var command = Assert.Single(Commands.Commands, c => c.Name == (string?)entry!["title"]);
            Assert.Equal(Capitalised(command.Description), (string?)entry!["description"]);
            Assert.True(command.InMenus, $"{command.Name} is in the Teams command list but not one of the menu commands");
        }
    }

    [Fact]
    public void SlackManifest_UsageHint_NamesTheDialogsCommands()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepoFiles.Path("manifests", "slack", "manifest.json")))!;
        var hint = (string)manifest["features"]!["slash_commands"]![0]!["usage_hint"]!;

        foreach (var usage in hint.Split(" | ").Where(u => u != "help"))
        {
            Assert.True(Assert.Single(Commands.Commands, c => (c.Usage ?? c.Name) == usage).InMenus, $"{usage} is not one of the menu commands");
        }
    }

    [Fact]
    public void SlackHelp_EverySubcommand_UsesTheDialogsUsageAndDescription()
    {
        var help = SlackSlashCommand.Help(Commands);

        foreach (var name in new[] { PartnershipCommands.NewCommand, "list", "checklist", "status", "quiz", "reminders" })
        {
            var command = Assert.Single(Commands.Commands, c => c.Name == name);
            Assert.Contains($"`/partnership {command.Usage ?? command.Name}` – {command.Description}", help, StringComparison.Ordinal);
            Assert.Equal(name, SlackSlashCommand.ToTurnText(name, Commands));
        }

        Assert.DoesNotContain("review", help, StringComparison.OrdinalIgnoreCase);
    }

    private static string Capitalised(string text) => char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}
