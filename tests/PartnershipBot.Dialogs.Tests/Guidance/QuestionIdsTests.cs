using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Dialogs.Tests.Guidance;

/// <summary>The question ids code reads answers by are defined by the pack, or the pack is refused.</summary>
public sealed class QuestionIdsTests
{
    [Fact]
    public void LoadDefault_BuiltInPack_DefinesEveryRequiredQuestion()
    {
        var pack = GuidancePack.LoadDefault();

        Assert.All(QuestionIds.Required, id => Assert.Contains(pack.Questions, q => q.Id == id));
    }

    [Theory]
    [InlineData(QuestionIds.OwnerIsMe)]
    [InlineData(QuestionIds.SupportType)]
    public void Validate_PackWithoutRequiredQuestion_NamesTheMissingId(string id)
    {
        using var stream = typeof(GuidancePack).Assembly.GetManifestResourceStream(GuidancePackLoader.DefaultResource)!;
        var yaml = new StreamReader(stream).ReadToEnd().Replace($"  - id: {id}\n", $"  - id: {id}_renamed\n", StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"pack-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        try
        {
            var errors = GuidancePackLoader.Validate(path);

            Assert.Contains(errors, e => e.Contains($"questions: question '{id}' is missing", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
