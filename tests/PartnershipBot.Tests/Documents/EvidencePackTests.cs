using System.IO.Compression;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PartnershipBot.Documents;
using PartnershipBot.Partnerships;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Documents;

/// <summary>The evidence pack: every file listed in the manifest with its real hash, the answers with who and when, and the download audited.</summary>
public sealed class EvidencePackTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task EvidencePack_ListsEveryFileWithItsHash_AndTheDownloadIsAudited()
    {
        await using var bot = await BotServices.StartAsync(database, s => s.AddDocuments());
        var id = await DocumentScenarios.StoreAsync(database, "=Evidence", DocumentScenarios.Cases["uk-patient-organisation-grant"], at: new DateTimeOffset(2027, 1, 5, 9, 30, 0, TimeSpan.Zero));

        var pack = await bot.Get<EvidencePack>().BuildAsync(id, "dashboard:Carol Compliance", CancellationToken.None);

        Assert.NotNull(pack);
        Assert.Equal("evidence-evidence.zip", pack.FileName);
        using var zip = new ZipArchive(new MemoryStream(pack.Bytes));
        var manifest = JsonNode.Parse(Read(zip, "manifest.json"))!;
        var listed = manifest["files"]!.AsArray().Select(f => (Name: (string)f!["name"]!, Sha: (string)f["sha256"]!)).ToList();
        Assert.Equal(zip.Entries.Select(e => e.FullName).Where(n => n != "manifest.json").Order(), listed.Select(f => f.Name).Order());
        foreach (var (name, sha) in listed)
        {
            Assert.Equal(sha, EvidencePack.Sha256(ReadBytes(zip, name)));
        }

        Assert.Contains("agreement-draft-evidence.docx", listed.Select(f => f.Name));
        Assert.Equal("dashboard:Carol Compliance", (string)manifest["generatedBy"]!);
        var answers = System.Text.Encoding.UTF8.GetString(ReadBytes(zip, "answers.csv"));
        Assert.Contains("partner,Partner,Breathe Easy UK,\"[\"\"Breathe Easy UK\"\"]\",dana,2027-01-05 09:30:00", answers, StringComparison.Ordinal);
        Assert.Contains("'=Evidence", answers, StringComparison.Ordinal);
        Assert.Contains("R4,", System.Text.Encoding.UTF8.GetString(ReadBytes(zip, "assessment.csv")), StringComparison.Ordinal);

        await using var db = await database.CreateContextAsync();
        var audit = await db.AuditEvents.SingleAsync(e => e.CollaborationId == id);
        Assert.Equal((EvidencePack.AuditAction, "dashboard:Carol Compliance"), (audit.Action, audit.Actor));
        Assert.Equal($"manifest.json SHA-256 {EvidencePack.Sha256(ReadBytes(zip, "manifest.json"))}", audit.Detail);
    }

    [Fact]
    public async Task EvidencePack_OfAnUnknownCollaboration_IsNullAndAuditsNothing()
    {
        await using var bot = await BotServices.StartAsync(database, s => s.AddDocuments());

        Assert.Null(await bot.Get<EvidencePack>().BuildAsync(Guid.NewGuid(), "cli", CancellationToken.None));

        await using var db = await database.CreateContextAsync();
        Assert.Equal(0, await db.AuditEvents.CountAsync());
    }

    private static byte[] ReadBytes(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string Read(ZipArchive zip, string name) => System.Text.Encoding.UTF8.GetString(ReadBytes(zip, name));
}
