using System.CommandLine;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// `slack manifest --host HOST`: prints the Slack app manifest with the request URLs filled in;
/// `slack manifest --socket-mode`: the Socket Mode variant, without request URLs.
/// </summary>
public static class SlackManifestCommand
{
    public static Command Create()
    {
        var host = new Option<string>("--host")
        {
            Description = "Public https host that Slack will call, e.g. bot.example.com or your tunnel's host.",
        };
        var socketMode = new Option<bool>("--socket-mode")
        {
            Description = "Print the Socket Mode variant (no request URLs; the bot connects to Slack with Slack:AppToken).",
        };
        var template = new Option<FileInfo?>("--template")
        {
            Description = "Manifest template to fill (default: manifests/slack/manifest.json next to the bot).",
        };
        var manifest = new Command("manifest", "Print the Slack app manifest (JSON) for the given host, or its Socket Mode variant.");
        manifest.Options.Add(host);
        manifest.Options.Add(socketMode);
        manifest.Options.Add(template);
        manifest.Validators.Add(result =>
        {
            var hasHost = result.GetValue(host) is not null;
            if (hasHost == result.GetValue(socketMode))
            {
                result.AddError("Give either --host HOST (Slack calls the bot's https endpoints) or --socket-mode (the bot connects to Slack).");
            }
        });
        manifest.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(template)?.FullName;
            return parse.GetValue(socketMode) ? RunSocketMode(path, output, error) : Run(parse.GetValue(host)!, path, output, error);
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

    /// <summary>The Socket Mode variant of the template: 0 on success, 1 with a message when the template is missing or broken.</summary>
    public static int RunSocketMode(string? templatePath, TextWriter output, TextWriter error)
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
            output.WriteLine(SlackManifest.SocketMode(File.ReadAllText(path)));
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or System.Text.Json.JsonException)
        {
            error.WriteLine($"The manifest template could not be read: {e.Message}");
            return 1;
        }
    }
}
