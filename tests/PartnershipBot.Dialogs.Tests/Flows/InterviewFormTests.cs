using PartnershipBot.Dialogs.Flows;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Tests.Support;

namespace PartnershipBot.Dialogs.Tests.Flows;

/// <summary>The interview's form as the dialogs see it: its action, the chat it leaves, the channels that have it.</summary>
public sealed class InterviewFormTests
{
    private static readonly GuidancePack Pack = GuidancePack.LoadDefault();

    private static readonly Dictionary<string, string> Open = new() { [CardIds.FormStep] = CardIds.FormOpen };

    private static Transcript Start(string channel)
    {
        var host = new WorkspaceHost();
        var chat = new Transcript(BotDialogs.CreateRunner(b => b.AddPartnerships(Pack)), new ChannelUser(channel, "u1", "Alex")) { Host = host.Apply };
        chat.Inputs = host.Apply([]);
        chat.Send("hi").Expect("Hello, Alex!");
        return chat;
    }

    [Fact]
    public void New_InTeams_OffersTheFormBeforeTheFirstQuestion()
    {
        var chat = Start(ChannelIds.Teams).Send("new").Expect("Let's plan the collaboration", "Prefer a form?", "**1.** What is the collaboration called?");

        var offer = chat.Replies.OfType<CardReply>().Single();
        Assert.Equal(CardIds.InterviewForm, offer.Card.Actions.Single().Id);
    }

    [Fact]
    public void New_Elsewhere_InterviewsInTheChatOnly()
    {
        Start(ChannelIds.Console).Send("new").Expect("Let's plan the collaboration", "**1.** What is the collaboration called?");
    }

    [Fact]
    public void New_InSlack_OffersTheFormToo_WhichSlackShowsAsAModal()
    {
        Start(ChannelIds.Slack).Send("new").Expect("Let's plan the collaboration", "Prefer a form?", "**1.** What is the collaboration called?");
    }

    [Fact]
    public void FormAction_WhileAChatQuestionIsOpen_EndsItAndOpensAtTheFirstUnansweredQuestion()
    {
        var chat = Start(ChannelIds.Teams).Send("new").Send("Asthma school toolkit");

        chat.Submit(CardIds.InterviewForm, Open).ExpectStackEmpty();

        // The chat's open question is not dropped silently: one line in the chat says the form took over.
        Assert.Contains("I closed the question that was open here", Assert.IsType<TextReply>(chat.Replies[0]).Text, StringComparison.Ordinal);
        var page = Assert.IsType<FormPageReply>(Assert.Single(chat.Replies.OfType<FormPageReply>()));
        Assert.Equal(2, chat.Replies.Count);

        // The title typed in the chat is in the draft: the form starts after it, and Back reaches it.
        Assert.Equal(["q:partner", "q:partner_type", "q:scope", "q:countries", "q:partner_country"], page.Fields.Select(f => f.Id));
        Assert.True(page.CanGoBack);
    }

    [Fact]
    public void FormAction_OutsideTeams_IsExplainedNotRendered()
    {
        Start(ChannelIds.Console).Submit(CardIds.InterviewForm, Open).Expect("The form opens in Teams").ExpectStackEmpty();
    }

    [Fact]
    public void Form_TypedAsAWord_IsNoCommandAndNotInHelp()
    {
        var chat = Start(ChannelIds.Teams);

        chat.Send("form").Expect("I didn't catch that");
        chat.Send("help");
        Assert.DoesNotContain("**form**", Transcript.Describe(chat.Replies.Single()), StringComparison.Ordinal);
    }
}
