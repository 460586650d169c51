namespace PartnershipBot.Tests.Support;

/// <summary>
/// The host's turn-failure messages as an English user reads them, word for word (constants, so tests can match
/// replies by pattern). TurnFailureLanguageTests checks they are what <c>TurnMessages</c> says in English.
/// </summary>
public static class EnglishTurnMessages
{
    public const string TooManyAtOnce =
        "Sorry, several messages arrived at once and I couldn't keep up. Please send that again.";

    public const string SomethingWentWrong =
        "Sorry, something went wrong on my side. I've stopped the current question, but everything you told me so far is kept. Type **help** to carry on.";

    public const string TryAgainShortly =
        "Sorry, I can't reach my records right now, so I didn't take that in. Please try again in a minute.";
}
