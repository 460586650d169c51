using PartnershipBot.Channels.Console;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Dashboard.Support;

/// <summary>
/// Collaborations waiting for compliance review, submitted in the terminal chat on the real dialogs: dana submits
/// four UK ones (one for each decision test, one nobody decides), erin a US one, and finn submits one and then
/// changes and submits it again before anyone decided (round 1 superseded, round 2 waiting). Reviewers: Ada and
/// "Dana Reviewer" (the same person as the chat's dana) review everything, Fay only French collaborations.
/// </summary>
public static class ReviewSeed
{
    public const string ToApprove = "Asthma school toolkit";
    public const string ToChange = "Clinic outreach fund";
    public const string ToReject = "Inhaler technique videos";
    public const string Untouched = "Peer support helpline";
    public const string Erins = "Rare disease registry";
    public const string Resubmitted = "Carers respite weekends";

    public const string AdaOid = "0b7c9a43-2f11-4b59-9d7e-8a1f6f0e3a01";
    public const string DanaOid = "4d2e8b61-7c3a-4f19-8e0d-2b5a9c6f1e04";
    public const string FayOid = "c3a1e9f7-5b2d-4c8e-a6f0-1d9b7e3c4a03";

    public static IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Approvals:Reviewers:0:Name"] = "Ada Reviewer",
        ["Approvals:Reviewers:0:TeamsAadObjectId"] = AdaOid,
        ["Approvals:Reviewers:1:Name"] = "Dana Reviewer",
        ["Approvals:Reviewers:1:Role"] = "Head of compliance",
        ["Approvals:Reviewers:1:TeamsAadObjectId"] = DanaOid,
        ["Approvals:Reviewers:2:Name"] = "Fay France",
        ["Approvals:Reviewers:2:TeamsAadObjectId"] = FayOid,
        ["Approvals:Reviewers:2:Countries:0"] = "FR",
        ["Approvals:Post:Channel"] = "msteams",
        ["Approvals:Post:ConversationId"] = "19:review@thread.tacv2",
        ["Approvals:Post:ServiceUrl"] = "https://smba.trafficmanager.net/emea/",
        ["Approvals:Post:TenantId"] = "tenant-1",

        // The review requests stay queued: these tests read the dashboard, and nothing may leave the machine.
        ["Approvals:SenderEnabled"] = "false",
    };

    public static async Task SeedAsync(TempDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var lastYear = DashboardSeed.LastYear;
        var start = new DateOnly(lastYear, 3, 1);
        var end = new DateOnly(lastYear, 12, 31);
        var dana = string.Concat(new[] { ToApprove, ToChange, ToReject, Untouched }.Select(title =>
            DashboardSeed.Review(title, "Breathe Easy UK", "Patient organisation", "GB", start, end, "25000", 1, "Children with asthma miss fewer school days", "quarterly", "drafted")));
        await ChatAsync(database, "dana", dana, "Submitted");
        await ChatAsync(database, "erin", DashboardSeed.Review(Erins, "Registry Friends", "Scientific or professional society", "US", start, end, "100000", 3, "Families find a specialist within a month", "quarterly", "signed"), "Submitted");
        await ChatAsync(database, "finn", DashboardSeed.Review(Resubmitted, "Carers Together", "Patient organisation", "GB", start, end, "8000", 1, "Carers get a weekend off", "quarterly", "drafted"), "Submitted");
        await ChatAsync(database, "finn", "edit\nchange 2\nCarers Together Wales\nsubmit\n", "Sent for compliance review");
    }

    private static async Task ChatAsync(TempDatabase database, string user, string script, string expected)
    {
        await using var bot = await BotServices.StartAsync(database, settings: Settings);
        using var output = new StringWriter();
        await new ConsoleChat(bot.Get<ITurnProcessor>(), TimeProvider.System).RunAsync(user, new StringReader(script + "quit\n"), output, interactive: false, CancellationToken.None);
        var transcript = output.ToString();
        if (transcript.Contains("Sorry", StringComparison.Ordinal) || !transcript.Contains(expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The review seed chat did not go through:\n" + transcript);
        }
    }
}
