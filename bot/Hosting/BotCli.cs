using System.CommandLine;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Channels.Teams;

namespace PartnershipBot.Hosting;

/// <summary>
/// The command-line verbs. Each feature owns a <c>Create()</c> factory for its <see cref="Command"/> in its own
/// folder (`chat` in Hosting, as it builds the whole host); exposing a new verb is one line in
/// <see cref="FeatureCommands"/>. Anything that is not a verb (no arguments, or host settings such as
/// <c>--urls</c>) starts the web host instead.
/// </summary>
public static class BotCli
{
    internal static readonly Func<Command>[] FeatureCommands =
    [
        ConsoleChatCommand.Create,
        TeamsPackageCommand.Create,
        SlackManifestCommand.Create,
        ContentCommand.Create,
        DatabaseCommand.Create,
        DocumentCommands.CreateAgreement,
        DocumentCommands.CreateDisclosure,
    ];

    private static readonly string[] HelpTokens = ["--help", "-h", "-?", "/?", "--version"];

    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("PartnershipBot: plan collaborations with patient organisations and humanitarian partners. "
            + "Without a command it runs the web host for Microsoft Teams and Slack.");
        foreach (var create in FeatureCommands)
        {
            root.Subcommands.Add(create());
        }

        return root;
    }

    /// <summary>True when the first argument names a verb (or asks for help), so the CLI should run.</summary>
    public static bool IsCliInvocation(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0)
        {
            return false;
        }

        var first = args[0];
        return HelpTokens.Contains(first, StringComparer.Ordinal)
            || CreateRootCommand().Subcommands.Any(c => c.Name == first || c.Aliases.Contains(first));
    }

    public static Task<int> RunAsync(string[] args, InvocationConfiguration? configuration = null, CancellationToken cancellationToken = default) =>
        CreateRootCommand().Parse(args).InvokeAsync(configuration, cancellationToken);
}
