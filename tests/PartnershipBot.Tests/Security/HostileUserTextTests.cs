using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Channels.Console;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Channels.Teams;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Reminders;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Security;

/// <summary>
/// Every user field filled with markup a channel would act on: the real flows and reminder messages, rendered by
/// the real Teams, Slack and console renderers, show it as text (no link, mention, formatting or HTML).
/// </summary>
public sealed class HostileUserTextTests : IDisposable
{
    private const string Hostile =
        "[Re-confirm your sign-in](https://evil.example) <@U123> <!channel> <at>Boss</at> *bold* **loud** _x_ `code` <script>alert(1)</script>";

    private static readonly Guid Collaboration = Guid.Parse("5a1d0c7e-3b7a-4d0e-8f8e-0d3c2b1a9f01");
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Flows_HostileTitleAndName_RenderAsTextOnEveryChannel()
    {
        var seeded = false;
        await using var bot = await BotServices.StartAsync(database, s => s.AddSingleton<ITurnRunner>(sp => new EffectingRunner(
            new DialogTurnRunner(sp.GetRequiredService<DialogRunner>()),
            turn => seeded ? [] : Seed(turn, ref seeded))));
        var processor = bot.Get<ITurnProcessor>();
        var replies = new List<Reply>();
        foreach (var text in (string[])["hi", "list", "open 1", "status", "checklist", "new", "cancel", "list"])
        {
            var turn = TestTurns.Message(text, displayName: Hostile);
            replies.AddRange(await processor.ProcessAsync(turn, new RecordingSender(), CancellationToken.None));
        }

        // The title and the name really reached the replies (else the test proves nothing).
        Assert.True(replies.Count(r => Shown(r).Contains("evil.example", StringComparison.Ordinal)) >= 5, string.Join("\n---\n", replies.Select(Shown)));
        Assert.Contains(replies, r => Shown(r).Contains("Hello", StringComparison.Ordinal) && Shown(r).Contains("evil.example", StringComparison.Ordinal));
        AssertInert(replies);
    }

    [Fact]
    public void ReminderMessages_HostileObligationCollaborationAndOwner_RenderAsTextOnEveryChannel()
    {
        using var bot = new BotFactory();
        var messages = bot.Services.GetRequiredService<ReminderMessages>();
        var obligation = new ObligationRow
        {
            Key = "annual_disclosure:FR", Kind = "disclosure", Title = "Annual disclosure for " + Hostile, SourceId = "abpi-2024", Status = "open",
            OwnerChannel = ChannelIds.Slack, OwnerUserId = "T0TEAM001:U0USER001", OwnerName = Hostile, Due = new DateOnly(2027, 1, 4),
            Note = "No confirmed rule for FR.",
        };
        var today = new DateOnly(2027, 2, 1);

        List<Reply> replies =
        [
            .. messages.ForOwner(obligation, Hostile, ReminderKinds.Custom, today),
            .. messages.ForCompliance(obligation, Hostile, ownerUnreachable: true, today),
            .. messages.ForCompliance(obligation, Hostile, ownerUnreachable: false, today),
            .. messages.RuleNeeded(obligation, Hostile),
            .. ReminderMessages.EscalationNotice(obligation, "Compliance"),
        ];

        Assert.All(replies, r => Assert.Contains("evil.example", Shown(r), StringComparison.Ordinal));
        AssertInert(replies);
    }

    private static IEnumerable<Effect> Seed(Turn turn, ref bool seeded)
    {
        seeded = true;
        var answers = Answers.Empty.With(QuestionIds.Title, [Hostile]);
        ChecklistItemRecord item = new() { ItemId = "written_agreement", Text = "Sign the written agreement", Source = "abpi-2024", Owner = Hostile };
        return [new SaveCollaboration(Collaboration, Hostile, CollaborationStatus.Draft, answers, [item], Hostile, turn.Timestamp)];
    }

    private static string Shown(Reply reply) => ConsoleRenderer.Render(reply, new ConsoleMenu());

    private static void AssertInert(IEnumerable<Reply> replies)
    {
        var slackRenderer = new SlackBlockKitRenderer();
        foreach (var reply in replies)
        {
            // The summary is the notification's plain text (Teams shows it as typed, never as markdown).
            var activity = JsonSerializer.SerializeToNode(TeamsActivityRenderer.Render(reply, Dialogs.Texts.Languages.English))!.AsObject();
            activity.Remove("summary");
            var teams = Strings(activity);
            var slackMessage = slackRenderer.Render(reply, Dialogs.Texts.Languages.English);
            // Slack parses the message text and mrkdwn objects; plain_text objects (headers, buttons) are shown as typed.
            var slack = slackMessage.Text + "\n" + Mrkdwn(slackMessage.Blocks);
            var console = ConsoleRenderer.Render(reply, new ConsoleMenu());

            // Teams reads markdown and HTML-ish mentions: every character of the value must arrive escaped.
            foreach (var raw in (string[])["[Re-confirm your sign-in](", "<@U123>", "<!channel>", "<at>", "*bold*", "**loud**", "_x_", "`code`", "<script>"])
            {
                Assert.DoesNotContain(raw, teams, StringComparison.Ordinal);
            }

            // Slack reads <...> as links and mentions, *...* and _..._ as formatting.
            foreach (var raw in (string[])["<https://evil.example", "<@U123>", "<!channel>", "<at>", "<script>", "*bold*", "*loud*", "_x_", "`code`", "|Re-confirm"])
            {
                Assert.DoesNotContain(raw, slack, StringComparison.Ordinal);
            }

            // The terminal has no markup: the value appears exactly as typed (not turned into "title (url)" or stripped of its stars).
            if (console.Contains("evil.example", StringComparison.Ordinal) && !console.Contains("Annual disclosure", StringComparison.Ordinal))
            {
                Assert.Contains(Hostile, console, StringComparison.Ordinal);
            }
        }
    }

    private static string Mrkdwn(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "mrkdwn" => (string?)o["text"] ?? "",
        JsonObject o => string.Join("\n", o.Select(p => Mrkdwn(p.Value))),
        JsonArray a => string.Join("\n", a.Select(Mrkdwn)),
        _ => "",
    };

    private static string Strings(JsonNode? node) => node switch
    {
        JsonObject o => string.Join("\n", o.Select(p => Strings(p.Value))),
        JsonArray a => string.Join("\n", a.Select(Strings)),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<JsonElement>(out var e) && e.ValueKind == JsonValueKind.String => e.GetString()!,
        _ => "",
    };
}
