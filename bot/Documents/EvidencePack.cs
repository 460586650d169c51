using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Documents;

/// <summary>
/// One collaboration's evidence for an auditor, as a .zip: the answers with who gave them and when, the assessment,
/// the checklist with its ticks, the obligations with their events, the reminders and their deliveries, every
/// compliance review round with its decision and comment, the audit trail, the agreement draft, and manifest.json listing every file with its size and SHA-256. Building it writes an
/// audit event (who downloaded it, and the manifest's hash), so the download itself is on the record.
/// </summary>
public sealed class EvidencePack(DocumentQueries queries, AgreementDocuments agreements, GuidancePack pack, TimeProvider time)
{
    public const string ContentType = "application/zip";
    public const string AuditAction = "evidence.downloaded";

    /// <summary>The pack, or null when there is no such collaboration. <paramref name="requestedBy"/> goes in the audit trail.</summary>
    public async Task<GeneratedDocument?> BuildAsync(Guid collaborationId, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedBy);
        var file = await queries.FileAsync(collaborationId, everything: true, cancellationToken);
        if (file is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var files = Files(file);
        var manifest = Manifest(file, files, requestedBy, now);
        files.Add(("manifest.json", manifest));
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in files)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = now;
                await using var stream = entry.Open();
                await stream.WriteAsync(bytes, cancellationToken);
            }
        }

        await queries.AuditAsync(collaborationId, requestedBy, AuditAction, $"manifest.json SHA-256 {Sha256(manifest)}", now, cancellationToken);
        return new GeneratedDocument(FileNames.For("evidence", file.Collaboration.Title, "zip"), ContentType, zip.ToArray());
    }

    private List<(string Name, byte[] Bytes)> Files(CollaborationFile f)
    {
        var labels = pack.Questions.ToDictionary(q => q.Id, q => q.Label, StringComparer.Ordinal);
        var assessment = Assessor.Assess(pack, f.Answers, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var titles = f.Obligations.ToDictionary(o => o.Id, o => o.Title);
        var reminderObligation = f.Reminders.ToDictionary(r => r.Key, r => titles.GetValueOrDefault(r.ObligationId, ""), StringComparer.Ordinal);
        var deliveries = f.Deliveries.ToDictionary(d => d.Key, StringComparer.Ordinal);
        var agreement = agreements.Draft(f);
        return
        [
            ("answers.csv", CsvTable.Write(["Question", "Label", "Answer", "Stored values", "Answered by", "Answered at (UTC)"],
                f.AnswerRows.OrderBy(a => pack.Questions.ToList().FindIndex(q => q.Id == a.QuestionId) is var i and >= 0 ? i : int.MaxValue)
                    .Select(a => (IReadOnlyList<string?>)[a.QuestionId, labels.GetValueOrDefault(a.QuestionId, a.QuestionId), AnswerText.Format(pack, f.Answers, a.QuestionId), a.ValuesJson, a.AnsweredBy, At(a.AnsweredAt)]))),
            ("assessment.csv", CsvTable.Write(["Principle", "Title", "Status", "Reason", "Source"],
                assessment.Items.Select(i => (IReadOnlyList<string?>)[i.Principle.Id, i.Principle.Title, Assessor.Label(i.Status, Languages.English), i.Reason, i.ReasonSource.Cite(i.ReasonCite)]))),
            ("checklist.csv", CsvTable.Write(["Item", "Text", "Source", "Due", "Owner", "Done", "Done by", "Done by (id)", "Done at (UTC)"],
                f.Checklist.Select(c => (IReadOnlyList<string?>)[c.ItemId, c.Text, c.Source, Day(c.Due), c.Owner, c.Done ? "yes" : "no", c.DoneBy, c.DoneById, At(c.DoneAt)]))),
            ("obligations.csv", CsvTable.Write(["Obligation", "Kind", "Title", "Due", "Status", "Source", "Note", "Done by", "Done at (UTC)"],
                f.Obligations.Select(o => (IReadOnlyList<string?>)[o.Key, o.Kind, o.Title, Day(o.Due), o.Status, pack.Sources.FirstOrDefault(s => s.Id == o.SourceId)?.Citation ?? o.SourceId, o.Note, o.DoneBy, At(o.DoneAt)]))),
            ("obligation-events.csv", CsvTable.Write(["At (UTC)", "Obligation", "Action", "Actor", "Actor (id)", "Detail"],
                f.ObligationEvents.Select(e => (IReadOnlyList<string?>)[At(e.At), titles.GetValueOrDefault(e.ObligationId, ""), e.Action, e.Actor, e.ActorId, e.Detail]))),
            ("reminders.csv", CsvTable.Write(["Obligation", "Kind", "Send at (UTC)", "Status", "Attempts", "Last error", "Sent at (UTC)", "Delivery started (UTC)", "Delivery attempts", "Delivery completed (UTC)", "Delivery outcome"],
                f.Reminders.Select(r =>
                {
                    var d = deliveries.GetValueOrDefault(r.Key);
                    return (IReadOnlyList<string?>)[reminderObligation[r.Key], r.Kind, At(r.SendAt), r.Status, Num(r.Attempts), r.LastError, At(r.SentAt),
                        At(d?.StartedAt), d is null ? null : Num(d.Attempts), At(d?.CompletedAt), d?.Outcome];
                }))),
            ("approvals.csv", CsvTable.Write(["Round", "Status", "Requested at (UTC)", "Requested by", "Requested by (id)", "Decided at (UTC)", "Decided by", "Decided by (id)", "Decided by (Entra object id)", "Role", "Comment", "Reviewers reminded (UTC)", "Escalated (UTC)"],
                f.ApprovalRounds.Select(r => (IReadOnlyList<string?>)[Num(r.Round), r.Status, At(r.RequestedAt), r.RequestedBy, r.RequestedById, At(r.DecidedAt), r.DecidedByName, r.DecidedById, r.DecidedByEntraId, r.DecidedByRole, r.Comment, At(r.RemindedAt), At(r.EscalatedAt)]))),
            ("audit.csv", CsvTable.Write(["At (UTC)", "Actor", "Actor (id)", "Action", "Detail"],
                f.Audit.Select(e => (IReadOnlyList<string?>)[At(e.At), e.Actor, e.ActorId, e.Action, e.Detail]))),
            (agreement.FileName, agreement.Bytes),
        ];
    }

    private static byte[] Manifest(CollaborationFile f, IReadOnlyList<(string Name, byte[] Bytes)> files, string requestedBy, DateTimeOffset now)
    {
        var manifest = new JsonObject
        {
            ["collaboration"] = f.Collaboration.Id.ToString("D"),
            ["title"] = f.Collaboration.Title,
            ["status"] = f.Collaboration.Status,
            ["generatedAt"] = now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["generatedBy"] = requestedBy,
            ["approvals"] = Approvals(f),
            ["files"] = new JsonArray([.. files.Select(x => (JsonNode)new JsonObject
            {
                ["name"] = x.Name,
                ["bytes"] = x.Bytes.Length,
                ["sha256"] = Sha256(x.Bytes),
            })]),
        };
        return JsonSerializer.SerializeToUtf8Bytes(manifest, Indented);
    }

    /// <summary>The latest review round in one line, so the manifest alone says whether compliance signed it off.</summary>
    private static JsonObject Approvals(CollaborationFile f) => f.ApprovalRounds.Count == 0
        ? new JsonObject { ["rounds"] = 0, ["latest"] = "never submitted for review" }
        : new JsonObject
        {
            ["rounds"] = f.ApprovalRounds.Count,
            ["latest"] = f.ApprovalRounds[^1].Status,
            ["decidedBy"] = f.ApprovalRounds[^1].DecidedByName,
            ["decidedAt"] = At(f.ApprovalRounds[^1].DecidedAt),
        };

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string? At(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
