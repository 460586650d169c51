using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Dialogs.Tests.Engine;

public sealed class ChoiceRecognizerTests
{
    internal static readonly IReadOnlyList<Choice> Roles =
    [
        new("pag", "Patient advocacy group") { Synonyms = ["PAG", "advocacy"] },
        new("med", "Medical affairs"),
        new("pub", "Public affairs"),
        new("comp", "Compliance") { Synonyms = ["legal"] },
    ];

    [Theory]
    [InlineData("2", "med")]
    [InlineData("#4", "comp")]
    [InlineData("4.", "comp")]
    [InlineData("Compliance", "comp")]
    [InlineData("  COMPLIANCE ", "comp")]
    [InlineData("comp", "comp")]
    [InlineData("legal", "comp")]
    [InlineData("PAG", "pag")]
    [InlineData("medical affairs", "med")]
    [InlineData("Medical  Affairs.", "med")]
    [InlineData("med", "med")]
    [InlineData("medic", "med")]
    [InlineData("patient", "pag")]
    [InlineData("public", "pub")]
    [InlineData("\"pub\"", "pub")]
    public void Match_Unambiguous_FindsChoice(string input, string expected)
    {
        var match = ChoiceRecognizer.Match(input, Roles);

        Assert.Equal(ChoiceMatchKind.Found, match.Kind);
        Assert.Equal(expected, Roles[match.Index].Value);
    }

    [Theory]
    [InlineData("affairs", ChoiceMatchKind.Ambiguous)]
    [InlineData("p", ChoiceMatchKind.Ambiguous)]
    [InlineData("5", ChoiceMatchKind.OutOfRange)]
    [InlineData("0", ChoiceMatchKind.OutOfRange)]
    [InlineData("finance", ChoiceMatchKind.NoMatch)]
    [InlineData("", ChoiceMatchKind.NoMatch)]
    public void Match_NotOneChoice_SaysWhy(string input, ChoiceMatchKind expected) =>
        Assert.Equal(expected, ChoiceRecognizer.Match(input, Roles).Kind);

    [Fact]
    public void Match_Ambiguous_ListsCandidates()
    {
        var match = ChoiceRecognizer.Match("affairs", Roles);

        Assert.Equal([1, 2], match.Candidates!);
    }

    [Theory]
    [InlineData("MED", "med")]
    [InlineData("Compliance", "comp")]
    public void MatchValue_ButtonValueOrTitle_FindsChoice(string value, string expected) =>
        Assert.Equal(expected, Roles[ChoiceRecognizer.MatchValue(value, Roles).Index].Value);
}
