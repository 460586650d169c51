using System.Globalization;
using PartnershipBot.Dialogs;
using PartnershipBot.Texts;

namespace PartnershipBot.Turns;

/// <summary>
/// What the host itself says when a turn cannot run normally, in the failed turn's language (Turn.Culture once the
/// turn was read; English when it could not be).
/// </summary>
public static class TurnMessages
{
    /// <summary>The conversation's state kept changing under the turn: it gave up after its retries.</summary>
    public static MarkdownText TooManyAtOnce(CultureInfo culture) => Say.TurnTooManyAtOnce.In(culture);

    /// <summary>The turn failed (a bug): its question was stopped, its answers kept.</summary>
    public static MarkdownText SomethingWentWrong(CultureInfo culture) => Say.TurnSomethingWentWrong.In(culture);

    /// <summary>The database could not be reached: nothing was taken in.</summary>
    public static MarkdownText TryAgainShortly(CultureInfo culture) => Say.TurnTryAgainShortly.In(culture);
}
