using System.Text;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;

namespace PartnershipBot.Benchmarks;

/// <summary>
/// The conversation state the durable host saves, in UTF-8 bytes, over the interview script: the mean per turn
/// and the largest (after the tenth answer). Measured on the pure runner: it is the text the host writes.
/// </summary>
internal static class StateBytes
{
    private static readonly Lazy<(double Mean, int Largest)> Measured = new(Measure);

    public static double PerTurn => Measured.Value.Mean;

    public static int Largest => Measured.Value.Largest;

    private static (double, int) Measure()
    {
        var runner = BotDialogs.CreateRunner(new BotDialogsBuilder().AddPartnerships(GuidancePack.LoadDefault()));
        var user = new ChannelUser(ChannelIds.Console, "bench", "Bench User");
        var conversation = new ConversationRef(ChannelIds.Console, "bench");
        var inputs = TurnInputs.Empty.With(PartnershipWorkspace.Empty);
        var state = ConversationState.Empty;
        long total = 0;
        var largest = 0;
        for (var i = 0; i < InterviewScript.Length; i++)
        {
            state = runner.Run(InterviewScript.TurnAt(i, user, conversation, $"s{i}"), state, inputs).State;
            var bytes = Encoding.UTF8.GetByteCount(state.ToJson());
            total += bytes;
            largest = Math.Max(largest, bytes);
        }

        return (total / (double)InterviewScript.Length, largest);
    }
}
