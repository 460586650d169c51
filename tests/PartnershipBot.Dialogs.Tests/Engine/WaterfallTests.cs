using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Engine;

public sealed class WaterfallTests
{
    [Theory]
    [InlineData("yes", "Apollo is approved.")]
    [InlineData("no", "Apollo is rejected.")]
    public void ChildDialog_Ends_ParentsNextStepGetsResult(string answer, string expected)
    {
        InterruptionTests.Chat().Send("project").Send("Apollo")
            .Send(answer).Expect(expected)
            .ExpectStackEmpty();
    }

    [Fact]
    public void ReplaceDialog_Loop_CollectsUntilDone()
    {
        InterruptionTests.Chat().Send("shop").Expect("Item 1? (or done)")
            .Send("milk").Expect("Item 2? (or done)")
            .Send("eggs").Expect("Item 3? (or done)")
            .Send("done").Expect("List: milk, eggs.")
            .ExpectStackEmpty();
    }

    [Fact]
    public void ReplaceDialog_BackAndRestart_WorkAcrossRounds()
    {
        InterruptionTests.Chat().Send("shop").Send("milk").Send("eggs")
            .Send("back").Expect("Okay, back to the previous question.", "Item 2? (or done)")
            .Send("bread").Expect("Item 3? (or done)")
            .Send("restart").Expect("Okay, let's start again.", "Item 1? (or done)")
            .Send("tea").Send("done").Expect("List: tea.");
    }

    [Fact]
    public void NextAndSkip_RunInTheSameTurn_PassResults()
    {
        new Transcript(new DialogRunner(new SkippingDialog()))
            .Send("go").Expect("A", "C got x", "D got y")
            .ExpectStackEmpty();
    }

    [Fact]
    public void Context_InputsAndEffects_ReachTheDialogAndTheResult()
    {
        var t = new Transcript(new DialogRunner(new InputsDialog())) { Inputs = TurnInputs.Empty.With(new Collaborations(["Apollo", "Zeus"])) };

        t.Send("go").Expect("You have 2 collaborations.");

        Assert.Equal([new Opened("Zeus")], t.Effects);
        Assert.Null(TurnInputs.Empty.Get<Collaborations>());
        Assert.Throws<InvalidOperationException>(() => TurnInputs.Empty.Require<Collaborations>());
    }

    [Fact]
    public void Values_SetByStep_SurviveInState()
    {
        var t = new Transcript(new DialogRunner(new InputsDialog())) { Inputs = TurnInputs.Empty.With(new Collaborations([])) };

        t.Send("go");

        Assert.Equal(1, t.State.Get<int>("visits"));
        t.Send("go");
        Assert.Equal(2, t.State.Get<int>("visits"));
    }

    [Fact]
    public void StepThrows_ExceptionPropagatesToHost()
    {
        var runner = new DialogRunner(new ThrowingDialog());

        var error = Assert.Throws<InvalidOperationException>(() => new Transcript(runner).Send("go"));
        Assert.Equal("boom", error.Message);
    }

    [Fact]
    public void LoopWithoutQuestion_IsStoppedWithAnError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new Transcript(new DialogRunner(new EndlessDialog())).Send("go"));
        Assert.Contains("loops without asking anything", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BeginDialog_UnknownId_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => new Transcript(new DialogRunner(new EndlessDialog("nowhere"))).Send("go"));
    }

    [Fact]
    public void Runner_DuplicateDialogIds_Throws()
    {
        Assert.Throws<ArgumentException>(() => new DialogRunner(new ProjectDialog(), [new ProjectDialog()]));
    }

    private sealed record Empty;

    private sealed record Collaborations(IReadOnlyList<string> Names);

    private sealed record Opened(string Name) : Effect;

    private sealed class SkippingDialog : WaterfallDialog<Empty>
    {
        public SkippingDialog()
            : base("skipping", 1)
        {
            AddStep(s => { s.Say($"A"); return s.Skip(1, "x"); });
            AddStep(s => { s.Say($"B (skipped)"); return s.Next(); });
            AddStep(s => { s.Say($"C got {s.Result}"); return s.Next("y"); });
            AddStep(s => { s.Say($"D got {s.Result}"); return s.Next("z"); });
        }

        protected override Empty CreateState(object? options) => new();
    }

    private sealed class InputsDialog : WaterfallDialog<Empty>
    {
        public InputsDialog()
            : base("inputs", 1)
        {
            AddStep(s =>
            {
                var names = s.Context.Inputs.Require<Collaborations>().Names;
                s.Context.SetValue("visits", s.Context.GetValue<int>("visits") + 1);
                if (names.Count > 0)
                {
                    s.Say($"You have {names.Count} collaborations.");
                    s.Context.Emit(new Opened(names[^1]));
                }

                return s.End();
            });
        }

        protected override Empty CreateState(object? options) => new();
    }

    private sealed class ThrowingDialog : WaterfallDialog<Empty>
    {
        public ThrowingDialog()
            : base("throwing", 1) => AddStep(_ => throw new InvalidOperationException("boom"));

        protected override Empty CreateState(object? options) => new();
    }

    private sealed class EndlessDialog : WaterfallDialog<Empty>
    {
        public EndlessDialog(string? target = null)
            : base("endless", 1) => AddStep(s => target is null ? s.ReplaceDialog("endless") : s.BeginDialog(target));

        protected override Empty CreateState(object? options) => new();
    }
}
