using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Approvals;
using PartnershipBot.Channels.Console;
using PartnershipBot.Data;
using PartnershipBot.Partnerships;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Approvals;

/// <summary>
/// The bot's services on a real database with three reviewers (Ada and Ben review UK collaborations, Fay only
/// French ones), review requests posted to a Teams channel, and a clock the test moves. Dana plans and submits
/// in the terminal; reviewers decide through <see cref="ApprovalService"/>, as each surface does.
/// </summary>
public sealed class ApprovalScenario : IAsyncDisposable
{
    public const string AdaOid = "0b7c9a43-2f11-4b59-9d7e-8a1f6f0e3a01";
    public const string BenOid = "6f0d2c55-9a3e-4d0b-b1c4-3e2a7d9f5b02";
    public const string FayOid = "c3a1e9f7-5b2d-4c8e-a6f0-1d9b7e3c4a03";
    public const string ReviewChannel = "19:review@thread.tacv2";

    /// <summary>A UK grant, answered in the terminal, then submitted.</summary>
    public const string Review = UkGrantInterview.ConsoleAnswers + "\nsubmit";

    private ApprovalScenario(BotServices bot, FakeTimeProvider clock, RecordingApprovalChannel channel)
    {
        Bot = bot;
        Clock = clock;
        Channel = channel;
    }

    public BotServices Bot { get; }
    public FakeTimeProvider Clock { get; }
    public RecordingApprovalChannel Channel { get; }
    public ApprovalService Approvals => Bot.Get<ApprovalService>();

    public static ApprovalActor Ada => new("msteams:29:ada", "Ada Reviewer", EntraObjectId: AdaOid);
    public static ApprovalActor Ben => new("msteams:29:ben", "Ben Checker", EntraObjectId: BenOid);
    public static ApprovalActor Fay => new("msteams:29:fay", "Fay France", EntraObjectId: FayOid);

    public static async Task<ApprovalScenario> StartAsync(TempDatabase database, bool withReviewers = true, Action<IServiceCollection>? services = null)
    {
        // Monday 7 December 2026, 09:30 UTC.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 30, 0, TimeSpan.Zero));
        var channel = new RecordingApprovalChannel();
        var settings = new Dictionary<string, string?>
        {
            ["Approvals:Post:Channel"] = "msteams",
            ["Approvals:Post:ConversationId"] = ReviewChannel,
            ["Approvals:Post:ServiceUrl"] = "https://smba.trafficmanager.net/emea/",
            ["Approvals:Post:TenantId"] = "tenant-1",
            ["Reminders:Compliance:Channel"] = "msteams",
            ["Reminders:Compliance:ConversationId"] = "19:compliance@thread.tacv2",
            ["Reminders:Compliance:ServiceUrl"] = "https://smba.trafficmanager.net/emea/",
            ["Reminders:Compliance:Name"] = "Compliance Office",
        };
        if (withReviewers)
        {
            settings["Approvals:Reviewers:0:Name"] = "Ada Reviewer";
            settings["Approvals:Reviewers:0:TeamsAadObjectId"] = AdaOid;
            settings["Approvals:Reviewers:0:Slack"] = "T1:UADA";
            settings["Approvals:Reviewers:1:Name"] = "Ben Checker";
            settings["Approvals:Reviewers:1:Role"] = "Head of compliance";
            settings["Approvals:Reviewers:1:TeamsAadObjectId"] = BenOid;
            settings["Approvals:Reviewers:2:Name"] = "Fay France";
            settings["Approvals:Reviewers:2:TeamsAadObjectId"] = FayOid;
            settings["Approvals:Reviewers:2:Countries:0"] = "FR";
        }

        var bot = await BotServices.StartAsync(database, s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton<IApprovalChannel>(channel);
            services?.Invoke(s);
        }, settings);
        return new ApprovalScenario(bot, clock, channel);
    }

    /// <summary>Lines typed by Dana in the terminal; the transcript as she reads it.</summary>
    public async Task<string> DanaAsync(string lines)
    {
        using var output = new StringWriter();
        await new ConsoleChat(Bot.Get<ITurnProcessor>(), Clock).RunAsync("dana", new StringReader(lines), output, interactive: false, CancellationToken.None);
        return output.ToString();
    }

    public async Task<Guid> CollaborationIdAsync()
    {
        await using var db = await ContextAsync();
        return (await db.Collaborations.SingleAsync()).Id;
    }

    public async Task<BotDbContext> ContextAsync() => await Bot.Get<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();

    public ValueTask DisposeAsync() => Bot.DisposeAsync();
}
