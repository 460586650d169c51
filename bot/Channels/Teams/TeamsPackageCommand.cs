using System.CommandLine;

namespace PartnershipBot.Channels.Teams;

/// <summary>`teams package --app-id ID --host HOST --out FILE.zip`: builds the app package to upload to Teams.</summary>
public static class TeamsPackageCommand
{
    public static Command Create()
    {
        var appId = new Option<string>("--app-id")
        {
            Description = "The bot's Microsoft App ID (the Entra application id of the Azure Bot), a GUID.",
            Required = true,
        };
        var host = new Option<string>("--host")
        {
            Description = "Public https host of the bot, e.g. bot.example.com (the messaging endpoint's host).",
            Required = true,
        };
        var output = new Option<FileInfo>("--out")
        {
            Description = "Where to write the zip, e.g. partnershipbot-teams.zip.",
            Required = true,
        };
        var template = new Option<DirectoryInfo?>("--template")
        {
            Description = "Folder with manifest.json, color.png and outline.png (default: manifests/teams next to the bot).",
        };

        var package = new Command("package", "Build the Teams app package (zip) for the given app id and host.");
        package.Options.Add(appId);
        package.Options.Add(host);
        package.Options.Add(output);
        package.Options.Add(template);
        package.SetAction(parse => Run(
            parse.GetValue(appId)!, parse.GetValue(host)!, parse.GetValue(output)!.FullName,
            parse.GetValue(template)?.FullName, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));

        var teams = new Command("teams", "Microsoft Teams app tools.");
        teams.Subcommands.Add(package);
        return teams;
    }

    /// <summary>The command's logic, callable from tests: 0 on success, 1 with the problems on bad input.</summary>
    public static int Run(string appId, string host, string outputPath, string? templateDirectory, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            TeamsAppPackage.Write(templateDirectory ?? TeamsAppPackage.DefaultTemplateDirectory, appId, host, outputPath);
            output.WriteLine($"Wrote {outputPath}. Upload it in Teams: Apps > Manage your apps > Upload an app.");
            return 0;
        }
        catch (Exception ex) when (ex is ArgumentException or TeamsPackageException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine(ex.Message);
            return 1;
        }
    }
}
