using CsCheck;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Safety;
using PartnershipBot.Tests.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Safety;

/// <summary>
/// Whatever the user types, the safety check never changes what the dialogs decided: the state saved (so the
/// answer stored) is the dialogs' own, their replies follow the notice unchanged, and their effects all stay.
/// </summary>
public sealed class SafetyCheckPropertyTests : IDisposable
{
    private static readonly string[] Safety =
    [
        "patients told us the new tablets gave them severe rashes",
        "my mum overdosed on her pills",
        "no side effects except a rash in one patient",
        "the inhaler was faulty and didn't spray",
    ];

    private static readonly string[] Ordinary = ["new", "help", "quiz", "checklist", "back", "Awareness week"];

    private static readonly Gen<string> Typed = Gen.OneOf(
        Gen.String,
        Pick(Safety),
        Gen.Select(Pick(Safety), Gen.String[0, 20]).Select((s, x) => $"{x} {s}"),
        Pick(Ordinary));

    private readonly TempDatabase database = new();

    private static Gen<string> Pick(string[] texts) => Gen.Int[0, texts.Length - 1].Select(i => texts[i]);

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Check_AnyText_LeavesTheDialogsResultAsItWas()
    {
        await using var bot = await BotServices.StartAsync(database);
        var runner = bot.Get<ITurnRunner>();
        var check = bot.Get<SafetyCheck>();
        var inReview = runner.Run(TestTurns.Message("new"), ConversationState.Empty, TurnInputs.Empty).State;

        Gen.Select(Typed, Gen.Bool).Sample((text, reviewing) =>
        {
            var state = reviewing ? inReview : ConversationState.Empty;
            var turn = TestTurns.Message(text);
            var result = runner.Run(turn, state, TurnInputs.Empty);
            var checkedResult = check.Check(turn, state, result)?.AddTo(result) ?? result;

            var added = checkedResult.Replies.Count - result.Replies.Count;
            return ReferenceEquals(checkedResult.State, result.State)
                && added is 0 or 1
                && checkedResult.Replies.Skip(added).SequenceEqual(result.Replies)
                && checkedResult.Effects.Take(result.Effects.Count).SequenceEqual(result.Effects)
                && checkedResult.Effects.Skip(result.Effects.Count).All(e => e is SafetyReportEffect r && r.Text == SafetyCheck.FreeText(turn));
        }, iter: 300);
    }
}
