using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PartnershipBot.Dialogs.Guidance;

/// <summary>
/// Loads a content pack from YAML and validates it: unique ids, every reference resolves, choice lists are not
/// empty, conditions, dates and durations parse. All problems are reported together.
/// </summary>
public static class GuidancePackLoader
{
    public const string DefaultResource = "PartnershipBot.Dialogs.Content.guidance.yaml";

    public static GuidancePack LoadDefault()
    {
        using var stream = typeof(GuidancePackLoader).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"The embedded content pack {DefaultResource} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "guidance.yaml (built in)");
    }

    public static GuidancePack LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new GuidancePackException([$"{path}:1: (file): not found"]);
        }

        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <summary>The problems of a pack file; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(string path)
    {
        try
        {
            LoadFile(path);
            return [];
        }
        catch (GuidancePackException ex)
        {
            return ex.Errors;
        }
    }

    public static GuidancePack Parse(string yaml, string file)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new GuidancePackException([$"{file}:{ex.Start.Line}: (syntax): {ex.InnerException?.Message ?? ex.Message}"]);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (without a position) on some malformed plain scalars.
            throw new GuidancePackException([$"{file}:1: (syntax): the file is not valid YAML (check unclosed brackets and quotes)"]);
        }

        var r = new PackReader(file);
        var root = stream.Documents.Count > 0 ? r.Map(stream.Documents[0].RootNode, "(root)") : r.Map(null, "(root)");
        if (root is null)
        {
            throw new GuidancePackException(r.Errors);
        }

        r.OnlyKeys(root, "(root)", "version", "sources", "principles", "questions", "assessment", "checklist", "disclosure", "quiz", "agreement", "publication", "safety");
        var sources = PackSections.Sources(r, root);
        var principles = PackSections.Principles(r, root);
        var questions = PackSections.Questions(r, root);
        var assessment = PackSections.Assessment(r, root);
        var checklist = PackSections.Checklist(r, root);
        var disclosure = PackSections.Disclosure(r, root);
        var quiz = PackSections.Quiz(r, root);
        var safety = SafetySectionReader.Read(r, root);
        var documents = DocumentSectionReader.Read(r, root, [.. checklist.Select(c => c.Value.Id)]);

        new PackReferences(r, sources, principles, questions).Check(assessment, checklist, disclosure, quiz);
        QuestionIds.Check(r, questions, root);
        if (r.Errors.Count > 0 || disclosure.Rules is null || safety is null)
        {
            throw new GuidancePackException(r.Errors);
        }

        return new GuidancePack
        {
            Origin = file,
            Sources = [.. sources.Select(s => s.Value)],
            Principles = [.. principles.Select(p => p.Value)],
            Questions = [.. questions.Select(q => q.Value)],
            Assessment = [.. assessment.Select(a => a.Value)],
            Checklist = [.. checklist.Select(c => c.Value)],
            Disclosure = disclosure.Rules,
            Quiz = [.. quiz.Select(q => q.Value)],
            Safety = safety,
            Documents = documents,
        };
    }
}

/// <summary>A parsed item with the node it came from, so later reference checks can point at the line.</summary>
internal sealed record Located<T>(T Value, YamlNode Node, string Path);
