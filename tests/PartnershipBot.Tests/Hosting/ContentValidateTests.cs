using System.CommandLine;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Hosting;

namespace PartnershipBot.Tests.Hosting;

/// <summary>`content validate` on a file: the guard rails that keep unsourced or unchecked guidance out.</summary>
public sealed class ContentValidateTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"pack-{Guid.NewGuid():N}.yaml");

    public void Dispose() => File.Delete(path);

    private static string DefaultPack()
    {
        using var stream = typeof(GuidancePack).Assembly.GetManifestResourceStream(GuidancePackLoader.DefaultResource)!;
        return new StreamReader(stream).ReadToEnd();
    }

    private async Task<(int Code, string Output, string Error)> ValidateAsync(string yaml)
    {
        await File.WriteAllTextAsync(path, yaml);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await BotCli.RunAsync(["content", "validate", path], new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Validate_UncheckedSourceUnknownCountryAndUnsourcedQuiz_RefusedWithEachProblem()
    {
        var yaml = DefaultPack()
            .Replace("    version: launch announcement\n    read: 2026-12-02\n", "    version: launch announcement\n", StringComparison.Ordinal)
            .Replace("        countries: [GB]\n", "        countries: [UK]\n", StringComparison.Ordinal)
            .Replace("  - id: q-agreement-timing\n    principle: R4\n    source: abpi-2024\n", "  - id: q-agreement-timing\n    principle: R4\n", StringComparison.Ordinal);

        var (code, output, error) = await ValidateAsync(yaml);

        Assert.Equal(1, code);
        Assert.Empty(output);
        var name = Path.GetFileName(path);
        Assert.Matches($@"{name}:\d+: sources\[0\]\.read: is required", error);
        Assert.Matches($@"{name}:\d+: disclosure\.annual\.rules\[\d\]\.countries: 'UK' is not an ISO 3166-1 alpha-2 country code", error);
        Assert.Matches($@"{name}:\d+: quiz\[0\]\.source: is required", error);
    }

    [Fact]
    public async Task Validate_DefaultPackCopy_IsOk()
    {
        var (code, output, error) = await ValidateAsync(DefaultPack());

        Assert.Equal(0, code);
        Assert.Contains(": OK (9 principles", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Missing translations", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public async Task Validate_GuidanceTranslationsLeftOut_ListedByKind_StillOk()
    {
        var yaml = DefaultPack()
            .Replace("        why: \"Menschen unterstützen, was sie mitgestaltet haben.\"\n", "", StringComparison.Ordinal)
            .Replace("        text: \"Dokumentieren Sie die lokale Bedarfsermittlung und teilen Sie sie mit {partner}.\"\n", "", StringComparison.Ordinal)
            .Replace("        explanation: \"Die Offenlegung folgt dem Kalenderjahr, in dem die Unterstützung gezahlt oder gegeben wird, nicht den Projektdaten.\"\n", "", StringComparison.Ordinal)
            .Replace("            reason: \"Es sind noch keine weiteren Partner beteiligt.\"\n", "", StringComparison.Ordinal);

        var (code, output, error) = await ValidateAsync(yaml);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("Missing translations (4; these show in English):", output, StringComparison.Ordinal);
        Assert.Contains("  principles.L4 de: why", output, StringComparison.Ordinal);
        Assert.Contains("  checklist.needs-assessment de: text", output, StringComparison.Ordinal);
        Assert.Contains("  quiz.q-payment-year de: explanation", output, StringComparison.Ordinal);
        Assert.Contains("  assessment.L3.rules[0] de: reason", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_GuidanceTranslationNamingOtherAnswers_Refused()
    {
        var yaml = DefaultPack().Replace(
            "        text: \"Classez la convention signée avec {partner} dans le dossier du projet.\"\n",
            "        text: \"Classez la convention signée avec {partner_country} dans le dossier du projet.\"\n",
            StringComparison.Ordinal);

        var (code, output, error) = await ValidateAsync(yaml);

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains(".translations.fr.text: the placeholders ({partner_country}) differ from the English ({partner}): a translation must name the same answers", error, StringComparison.Ordinal);
    }
}
