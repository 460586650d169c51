using System.CommandLine;
using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Hosting;

/// <summary>`content validate [PATH]`: checks a content pack before it is deployed; non-zero exit on errors.</summary>
public static class ContentCommand
{
    public static Command Create()
    {
        var path = new Argument<string?>("PATH")
        {
            Description = "The pack to check. Default: Guidance:ContentPath, else the built-in pack.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var validate = new Command("validate", "Check a guidance content pack (YAML) and list every problem with file, line and field.");
        validate.Arguments.Add(path);
        validate.SetAction(parse => Validate(parse.GetValue(path), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        var content = new Command("content", "Work with the guidance content pack.");
        content.Subcommands.Add(validate);
        return content;
    }

    public static int Validate(string? path, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        path ??= BotHost.CreateBuilder([]).Configuration[GuidanceServices.ContentPathKey];
        try
        {
            var pack = GuidanceServices.Load(path);
            output.WriteLine($"{pack.Origin}: OK ({pack.Principles.Count} principles, {pack.Questions.Count} questions, "
                + $"{pack.Checklist.Count} checklist templates, {pack.Quiz.Count} quiz questions).");

            // Not errors: an untranslated text shows in English. Listed so translators see what is left.
            var missing = GuidanceLocalizer.Missing(pack);
            if (missing.Count > 0)
            {
                output.WriteLine($"Missing translations ({missing.Count}; these show in English):");
                foreach (var line in missing)
                {
                    output.WriteLine($"  {line}");
                }
            }

            return 0;
        }
        catch (GuidancePackException ex)
        {
            foreach (var line in ex.Errors)
            {
                error.WriteLine(line);
            }

            error.WriteLine($"{ex.Errors.Count} problem(s) found.");
            return 1;
        }
    }
}
