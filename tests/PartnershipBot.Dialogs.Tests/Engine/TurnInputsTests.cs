using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Dialogs.Tests.Engine;

public class TurnInputsTests
{
    private sealed record Snapshot(int Value);

    [Fact]
    public void Get_DeferredWithoutTheSnapshot_ReturnsNullAndRecordsTheMiss()
    {
        var inputs = TurnInputs.Deferred();
        Assert.False(inputs.Missed);

        Assert.Null(inputs.Get<Snapshot>());

        Assert.True(inputs.Missed);
    }

    [Fact]
    public void Get_LoadedInputsWithoutTheSnapshot_ReturnsNullWithoutAMiss()
    {
        var inputs = TurnInputs.Empty.With(new Snapshot(1));

        Assert.Null(inputs.Get<string>());

        Assert.False(inputs.Missed);
        Assert.False(TurnInputs.Empty.Missed);
        Assert.Equal(1, inputs.Get<Snapshot>()!.Value);
    }

    [Fact]
    public void Require_DeferredWithoutTheSnapshot_ThrowsAfterRecordingTheMiss()
    {
        var inputs = TurnInputs.Deferred();

        Assert.Throws<InvalidOperationException>(() => inputs.Require<Snapshot>());

        Assert.True(inputs.Missed);
    }

    [Fact]
    public void Deferred_EachCall_IsItsOwnInstance()
    {
        var first = TurnInputs.Deferred();
        _ = first.Get<Snapshot>();

        Assert.False(TurnInputs.Deferred().Missed);
    }
}
