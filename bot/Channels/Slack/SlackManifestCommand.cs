using System.CommandLine;

namespace PartnershipBot.Channels.Slack;

/// <summary>`slack manifest --host HOST`: prints the Slack app manifest with the request URLs filled in.</summary>
public static class SlackManifestCommand
{
    public static Command Create()
    {
        var host = new Option<string>("--host")
        {
            Description = "Public https host that Slack will call, e.g. bot.example.com or your tunnel's host.",
            Required = true,
        };
        var template = new Option<FileInfo?>("--template")
        {
            Description = "Manifest template to fill (default: manifests/slack/manifest.json next to the bot).",
        };
        var manifest = new Command("manifest", "Print the Slack app manifest (JSON) for the given host.");
        manifest.Options.Add(host);
        manifest.Options.Add(template);
        manifest.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            return Run(parse.GetValue(host)!, parse.GetValue(template)?.FullName, output, error);
        });

        var slack = new Command("slack", "Slack app tools.");
        slack.Subcommands.Add(manifest);
        return slack;
    }

    /// <summary>The command's logic, callable from tests: 0 on success, 1 with a message on bad input.</summary>
    public static int Run(string host, string? templatePath, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var path = templatePath ?? SlackManifest.TemplatePath;
        if (!File.Exists(path))
        {
            error.WriteLine($"The manifest template was not found at {path}.");
            return 1;
        }

        try
        {
            output.WriteLine(SlackManifest.Fill(File.ReadAllText(path), host));
            return 0;
        }
        catch (ArgumentException e)
        {
            error.WriteLine(e.Message);
            return 1;
        }
    }
}
