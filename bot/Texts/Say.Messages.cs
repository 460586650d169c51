using System.Globalization;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Texts;

/// <summary>The host's own messages by name (keys of Messages.resx): what it says when a turn cannot run, and the console's lines.</summary>
public static partial class Say
{
    /// <summary>Sorry, several messages arrived at once and I couldn't keep up. Please send that again.</summary>
    public static LocalText TurnTooManyAtOnce { get; } = Messages(nameof(TurnTooManyAtOnce));

    /// <summary>Sorry, something went wrong on my side. I've stopped the current question, but everything you told me so far is kept. Type **help** to carry on.</summary>
    public static LocalText TurnSomethingWentWrong { get; } = Messages(nameof(TurnSomethingWentWrong));

    /// <summary>Sorry, I can't reach my records right now, so I didn't take that in. Please try again in a minute.</summary>
    public static LocalText TurnTryAgainShortly { get; } = Messages(nameof(TurnTryAgainShortly));

    /// <summary>PartnershipBot console chat as '{0}'. Type 'quit' to leave; numbers answer choices, a1/a2... press card buttons.</summary>
    public static LocalText ConsoleBanner { get; } = Messages(nameof(ConsoleBanner));

    /// <summary>Bye. Run the chat again with the same user to continue where you left off.</summary>
    public static LocalText ConsoleBye { get; } = Messages(nameof(ConsoleBye));

    /// <summary>That collaboration could not be found, so no document was written.</summary>
    public static LocalText ConsoleDocumentNotFound { get; } = Messages(nameof(ConsoleDocumentNotFound));

    /// <summary>Agreement draft written to {0}</summary>
    public static LocalText ConsoleDocumentWritten { get; } = Messages(nameof(ConsoleDocumentWritten));

    private static LocalText Messages(string key) => Text(HostTexts.Messages, key);
}
