using System.IO.Compression;
using System.Text.Json.Nodes;
using PartnershipBot.Approvals;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Documents;
using PartnershipBot.Tests.Approvals;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Documents;

/// <summary>The evidence pack carries compliance's decisions: every review round, who decided, with what comment.</summary>
public sealed class EvidencePackApprovalTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task EvidencePack_ListsEveryReviewRound_AndTheManifestSaysTheLatestOutcome()
    {
        await using var s = await ApprovalScenario.StartAsync(database, services: x => x.AddDocuments());
        await s.DanaAsync(ApprovalScenario.Review);
        var id = await s.CollaborationIdAsync();
        await s.Approvals.DecideAsync(id, 1, ApprovalDecision.RequestChanges, ApprovalScenario.Ada, "Name the steering group, \"all\" of it", CancellationToken.None);
        await s.DanaAsync("edit\nsubmit\n");
        s.Clock.Advance(TimeSpan.FromHours(2));
        await s.Approvals.DecideAsync(id, 2, ApprovalDecision.Approve, ApprovalScenario.Ben, null, CancellationToken.None);

        var pack = await s.Bot.Get<EvidencePack>().BuildAsync(id, "dashboard:carol", CancellationToken.None);

        using var zip = new ZipArchive(new MemoryStream(pack!.Bytes));
        var rows = Read(zip, "approvals.csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rows.Length);
        Assert.StartsWith("1,changes_requested,2026-12-07 09:30:00,", rows[1], StringComparison.Ordinal);
        Assert.Contains(",Ada Reviewer,msteams:29:ada," + ApprovalScenario.AdaOid + ",", rows[1], StringComparison.Ordinal);
        Assert.Contains("\"Name the steering group, \"\"all\"\" of it\"", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("2,approved,", rows[2], StringComparison.Ordinal);
        Assert.Contains(",2026-12-07 11:30:00,Ben Checker,msteams:29:ben," + ApprovalScenario.BenOid + ",Head of compliance,", rows[2], StringComparison.Ordinal);

        var approvals = JsonNode.Parse(Read(zip, "manifest.json"))!["approvals"]!;
        Assert.Equal((2, ApprovalStatus.Approved, "Ben Checker", "2026-12-07 11:30:00"),
            ((int)approvals["rounds"]!, (string)approvals["latest"]!, (string)approvals["decidedBy"]!, (string)approvals["decidedAt"]!));
    }

    [Fact]
    public async Task EvidencePack_OfACollaborationNeverSubmitted_SaysSo()
    {
        await using var s = await ApprovalScenario.StartAsync(database, services: x => x.AddDocuments());
        await s.DanaAsync(UkGrantInterview.ConsoleAnswers + "\n");
        var id = await s.CollaborationIdAsync();

        var pack = await s.Bot.Get<EvidencePack>().BuildAsync(id, "dashboard:carol", CancellationToken.None);

        using var zip = new ZipArchive(new MemoryStream(pack!.Bytes));
        Assert.Single(Read(zip, "approvals.csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        var approvals = JsonNode.Parse(Read(zip, "manifest.json"))!["approvals"]!;
        Assert.Equal((0, "never submitted for review"), ((int)approvals["rounds"]!, (string)approvals["latest"]!));
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
