using System.Globalization;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Texts;
using PartnershipBot.Turns;

namespace PartnershipBot.Channels.Console;

/// <summary>
/// A terminal conversation through the same <see cref="ITurnProcessor"/> and database as Teams and Slack.
/// The conversation id is the user name, so running it again later resumes where the user left off.
/// </summary>
public sealed class ConsoleChat(ITurnProcessor processor, TimeProvider clock, ConsoleDocuments? documents = null)
{
    private static readonly string[] ExitWords = ["quit", "exit"];

    /// <summary>
    /// The chat's locale (<c>chat --locale de-DE</c>): the culture of its turns. Null is English; the machine's
    /// culture is never used, since the server's settings say nothing about the person typing.
    /// </summary>
    public string? Locale { get; init; }

    /// <param name="interactive">Shows a "> " prompt; off for piped input so the transcript stays clean.</param>
    /// <param name="started">
    /// Runs after the greeting with the chat's reply output, which stays usable until the chat ends (due reminders
    /// are printed through it, their buttons numbered like any card's).
    /// </param>
    public async Task RunAsync(string userName, TextReader input, TextWriter output, bool interactive, CancellationToken cancellationToken,
        Func<IReplySender, CancellationToken, Task<IDisposable?>>? started = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);

        var user = new ChannelUser(ChannelIds.Console, userName, userName, TimeZoneInfo.Local.Id, string.IsNullOrWhiteSpace(Locale) ? null : Locale.Trim());
        var conversation = new ConversationRef(ChannelIds.Console, userName);
        var menu = new ConsoleMenu();
        // The chat's own lines follow its locale; the person's "language" choice reaches the turns only.
        var culture = Languages.For(user.Locale);
        var sender = new Sender(output, menu, documents, culture);

        await output.WriteLineAsync(Say.ConsoleBanner.Plain(culture, userName));
        using var session = started is null ? null : await started(sender, cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive)
            {
                await output.WriteAsync("> ");
                await output.FlushAsync(cancellationToken);
            }

            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null || ExitWords.Contains(line.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (text, action) = menu.Interpret(line);
            var turn = new Turn
            {
                Id = Guid.NewGuid().ToString("N"),
                User = user,
                Conversation = conversation,
                Text = text,
                Action = action,
                Timestamp = clock.GetUtcNow(),
            };
            await processor.ProcessAsync(turn, sender, cancellationToken);
        }

        await output.WriteLineAsync(Say.ConsoleBye.In(culture).Value);
        await output.FlushAsync(cancellationToken);
    }

    private sealed class Sender(TextWriter output, ConsoleMenu menu, ConsoleDocuments? documents, CultureInfo culture) : IReplySender
    {
        public async Task SendAsync(IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
        {
            menu.Clear();
            foreach (var reply in replies)
            {
                var text = reply is DocumentReply document
                    ? documents is null ? ConsoleRenderer.Plain(document.Fallback) : await documents.DeliverAsync(document, culture, cancellationToken)
                    : ConsoleRenderer.Render(reply, menu);
                await output.WriteLineAsync(text.TrimEnd());
                await output.WriteLineAsync();
            }

            await output.FlushAsync(cancellationToken);
        }
    }
}
