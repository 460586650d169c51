using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Flows;

/// <summary>The checklist card as issue 16 asks: numbered as `done N` expects, by due date, overdue first and marked.</summary>
public sealed class ChecklistCardTests
{
    private static readonly DateOnly Today = new(2027, 6, 1);

    private static ChecklistItemRecord Item(string id, DateOnly? due, bool done = false) =>
        new() { ItemId = id, Text = $"Do {id}", Source = "ABPI Code 2024, Clause 29", Owner = "Alex", Due = due, Done = done };

    [Fact]
    public void Checklist_MixedDates_OverdueFirstThenByDueDateThenUndated_NumberedInThatOrder()
    {
        var collaboration = TestCollaborations.Submitted(
            "Asthma school toolkit",
            Item("undated", null),
            Item("later", new DateOnly(2027, 12, 1)),
            Item("done-early", new DateOnly(2027, 1, 1), done: true),
            Item("overdue", new DateOnly(2027, 5, 1)),
            Item("soon", new DateOnly(2027, 6, 15)));

        var card = PartnershipCards.Checklist(collaboration, Today);

        Assert.Equal(["overdue", "done-early", "soon", "later", "undated"], card.Checklist.Select(e => e.ItemId));
        Assert.Equal([1, 2, 3, 4, 5], card.Checklist.Select(e => e.Number));
        Assert.Equal("1. **Overdue:** Do overdue · due 1 May 2027", card.Checklist[0].Line);
        Assert.Equal("5. Do undated", card.Checklist[4].Line);
        Assert.False(card.Checklist[1].Overdue);
        Assert.StartsWith("1/5 done, 1 overdue.", card.Text, StringComparison.Ordinal);
        Assert.Equal("Owner: Alex · Source: ABPI Code 2024, Clause 29", card.Checklist[3].Detail);
    }

    [Fact]
    public void Checklist_LongItem_ShowsItsFirstSentenceAndPutsTheRestWithTheDetails()
    {
        var text = "Sign the written agreement with Breathe Easy UK (the partner) before the support starts. It must state what the support is, its objective and the amount. The date is company policy.";
        var collaboration = TestCollaborations.Submitted(
            "Asthma school toolkit", Item("agreement", null) with { Text = text }, Item("short", null) with { Text = "Short item. Still one line." });

        var card = PartnershipCards.Checklist(collaboration, Today);

        Assert.Equal("Sign the written agreement with Breathe Easy UK (the partner) before the support starts.", card.Checklist[0].Text);
        Assert.Equal("It must state what the support is, its objective and the amount. The date is company policy. · Owner: Alex · Source: ABPI Code 2024, Clause 29", card.Checklist[0].Detail);
        Assert.Equal("Short item. Still one line.", card.Checklist[1].Text);
    }
}
