namespace PartnershipBot.Turns;

/// <summary>What the host itself says when a turn cannot run normally.</summary>
public static class TurnMessages
{
    public const string TooManyAtOnce =
        "Sorry, several messages arrived at once and I couldn't keep up. Please send that again.";

    public const string SomethingWentWrong =
        "Sorry, something went wrong on my side. I've stopped the current question, but everything you told me so far is kept. Type **help** to carry on.";

    public const string TryAgainShortly =
        "Sorry, I can't reach my records right now, so I didn't take that in. Please try again in a minute.";
}
