using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Channels.Console;
using PartnershipBot.Documents;
using PartnershipBot.Hosting;
using PartnershipBot.Tests.Documents;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Console;

/// <summary>`agreement` in the terminal chat, and the `agreement` and `disclosure export` verbs: files written, paths printed.</summary>
public sealed class ConsoleDocumentTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Agreement_InTheChat_WritesTheDraftAndPrintsItsPath()
    {
        var folder = Path.Combine(database.Folder, "documents");
        await using var bot = await BotServices.StartAsync(database, s => { s.AddDocuments(); s.AddSingleton<ConsoleDocuments>(); },
            new Dictionary<string, string?> { ["Documents:Folder"] = folder });
        await DocumentScenarios.StoreAsync(database, "Asthma school toolkit", DocumentScenarios.Cases["uk-patient-organisation-grant"]);
        using var output = new StringWriter();

        await new ConsoleChat(bot.Get<ITurnProcessor>(), TimeProvider.System, bot.Get<ConsoleDocuments>())
            .RunAsync("dana", new StringReader("agreement\nquit\n"), output, interactive: false, CancellationToken.None);

        var transcript = output.ToString();
        Assert.Contains("Here is a draft of the written agreement for \"Asthma school toolkit\"", transcript, StringComparison.Ordinal);
        var line = Assert.Single(transcript.Split('\n'), l => l.StartsWith("Agreement draft written to ", StringComparison.Ordinal)).Trim();
        var path = line["Agreement draft written to ".Length..];
        Assert.StartsWith(folder, path, StringComparison.Ordinal);
        Assert.Contains("Breathe Easy UK", DocxText.Extract(await File.ReadAllBytesAsync(path)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agreement_OnADraft_SaysToSubmitFirst()
    {
        await using var bot = await BotServices.StartAsync(database, s => { s.AddDocuments(); s.AddSingleton<ConsoleDocuments>(); });
        await DocumentScenarios.StoreAsync(database, "Half done", DocumentScenarios.Cases["uk-patient-organisation-grant"], status: "Draft");
        using var output = new StringWriter();

        await new ConsoleChat(bot.Get<ITurnProcessor>(), TimeProvider.System, bot.Get<ConsoleDocuments>())
            .RunAsync("dana", new StringReader("agreement\nquit\n"), output, interactive: false, CancellationToken.None);

        Assert.Contains("\"Half done\" is still a draft. Type new to finish and submit it", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("written to", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verbs_WriteTheAgreementAndThePublication_AndRefuseBadArguments()
    {
        await using var bot = await BotServices.StartAsync(database, s => s.AddDocuments());
        var id = await DocumentScenarios.StoreAsync(database, "Verb test", DocumentScenarios.Cases["uk-patient-organisation-grant"]);
        var docx = Path.Combine(database.Folder, "draft.docx");
        var html = Path.Combine(database.Folder, "publication.html");
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(0, await DocumentCommands.WriteAgreementAsync(bot.Services, id, docx, output, error, CancellationToken.None));
        Assert.Equal(0, await DocumentCommands.ExportDisclosureAsync(bot.Services, 2027, "GB", "html", html, output, error, CancellationToken.None));
        Assert.Equal(1, await DocumentCommands.WriteAgreementAsync(bot.Services, Guid.NewGuid(), docx, output, error, CancellationToken.None));

        // Refused before the host is built.
        Assert.Equal(1, await BotCli.RunAsync(["agreement", "--collaboration", "not-a-guid", "--out", docx], new() { Output = output, Error = error }));
        Assert.Equal(1, await BotCli.RunAsync(["disclosure", "export", "--year", "27", "--country", "GB", "--out", html], new() { Output = output, Error = error }));
        Assert.NotEqual(0, await BotCli.RunAsync(["disclosure", "export", "--year", "2027", "--country", "GB", "--format", "pdf", "--out", html], new() { Output = output, Error = error }));

        Assert.Contains("Breathe Easy UK", DocxText.Extract(await File.ReadAllBytesAsync(docx)), StringComparison.Ordinal);
        Assert.Contains("<td>Breathe Easy UK</td>", await File.ReadAllTextAsync(html), StringComparison.Ordinal);
        Assert.Contains("1 line(s) to publish and 0 to check", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("No collaboration", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("'not-a-guid' is not a collaboration id", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Give --year between 2000 and 2100", error.ToString(), StringComparison.Ordinal);
    }
}
