using System.Text.RegularExpressions;
using PartnershipBot.Dialogs;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Dashboard.Support;

/// <summary>
/// A dashboard over accounts linked the way people link them, through the chat on the real turn pipeline: Olga (a
/// Teams name with markup in it) types link in Teams and the code in Slack, unlinks in Slack, links again, and starts
/// a draft in Slack. Erin talks to the bot in the terminal and links nothing.
/// </summary>
public sealed partial class LinkedAccountsSite : IAsyncLifetime
{
    public const string OlgaTeams = "29:olga";
    public const string OlgaSlack = "T0001:U0OLGA";
    public const string OlgaTeamsName = "Olga <b>Berg</b>";
    public const string OlgaSlackName = "olga.berg";
    public const string SlackDraft = "Planned in Slack";

    public DashboardSite Site { get; } = new(SeedAsync);

    public Task InitializeAsync() => Site.InitializeAsync();

    public Task DisposeAsync() => Site.DisposeAsync();

    private static async Task SeedAsync(TempDatabase database)
    {
        await using var bot = await BotServices.StartAsync(database);
        await LinkAsync(bot);
        Expect("Unlinked:", await SayAsync(bot, ChannelIds.Slack, OlgaSlack, OlgaSlackName, "unlink"));
        await LinkAsync(bot);
        await SayAsync(bot, ChannelIds.Slack, OlgaSlack, OlgaSlackName, $"new\n{SlackDraft}\ncancel");
        await SayAsync(bot, ChannelIds.Console, "erin", null, "help");
    }

    private static async Task LinkAsync(BotServices bot)
    {
        var code = CodePattern().Match(await SayAsync(bot, ChannelIds.Teams, OlgaTeams, OlgaTeamsName, "link"));
        Expect("Linked:", await SayAsync(bot, ChannelIds.Slack, OlgaSlack, OlgaSlackName, $"link {code.Groups[1].Value}-{code.Groups[2].Value}"));
    }

    private static void Expect(string part, string reply)
    {
        if (!reply.Contains(part, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The seed chat did not go through (expected \"{part}\"):\n{reply}");
        }
    }

    private static async Task<string> SayAsync(BotServices bot, string channel, string user, string? name, string lines)
    {
        var processor = bot.Get<ITurnProcessor>();
        var all = new List<string>();
        foreach (var line in lines.Split('\n'))
        {
            var replies = await processor.ProcessAsync(TestTurns.Message(line, user, channel, displayName: name), new RecordingSender(), CancellationToken.None);
            all.AddRange(replies.Select(r => r switch
            {
                TextReply t => t.Text,
                CardReply c => string.Join("\n", [c.Card.Title, c.Card.Text, .. c.Card.Sections.Select(x => $"{x.Heading}\n{x.Text}")]),
                _ => "",
            }));
        }

        return string.Join("\n", all);
    }

    [GeneratedRegex(@"\*\*([A-Z2-9]{4})\\?-([A-Z2-9]{4})\*\*")]
    private static partial Regex CodePattern();
}
