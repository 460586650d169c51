using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Dialogs.Tests.Engine;

/// <summary>How a typed line is read before it is compared with commands and interruptions.</summary>
public sealed class TypedLineTests
{
    [Theory]
    [InlineData("cancel?", "cancel")]
    [InlineData("  reminders?! ", "reminders")]
    [InlineData("start   over.", "start over")]
    [InlineData("go back ?", "go back")]
    [InlineData("?", "?")]
    [InlineData("", "")]
    public void Normalize_TrimsTrailingMarksAndDoubledSpaces(string typed, string expected) =>
        Assert.Equal(expected, TypedLine.Normalize(typed));
}
