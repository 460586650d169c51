using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Approvals;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Partnerships;
using PartnershipBot.Reminders;
using PartnershipBot.Tests.Slack.Support;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Slack;

/// <summary>
/// Compliance sign-off in Slack, through the real endpoints with real signatures, the real dialogs and a SQLite
/// file: Uma plans and submits in her DM; the review card goes to #compliance-review; Ada and Ben (configured
/// reviewers) approve, request changes through the comment modal, or reject; everyone else is refused and
/// nothing is stored. The fake Web API refuses any payload over Block Kit's limits (views.open included).
/// </summary>
public sealed class SlackApprovalTranscriptTests : IAsyncLifetime
{
    private const string ReviewChannel = "C0REVIEW01";
    private const string ComplianceChannel = "C0COMPLY01";
    private const string Ada = "U0ADA0001";
    private const string Ben = "U0BEN0001";
    private const string Eve = "U0EVE0001";
    private const string Uma = SlackBotFactory.User;

    private static readonly string[] Decisions = ["review.approved", "review.changes_requested", "review.rejected"];

    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private FakeSlackApi _slack = null!;
    private SlackBotFactory _bot = null!;
    private int _event;
    private int _click;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _bot = new SlackBotFactory(_slack, settings: new Dictionary<string, string?>
        {
            ["Slack:ChannelMessageInterval"] = "00:00:00.010",
            ["Approvals:Post:Channel"] = "slack",
            ["Approvals:Post:ConversationId"] = ReviewChannel,
            // The test sends the outbox itself, so each step is seen in order.
            ["Approvals:SenderEnabled"] = "false",
            ["Approvals:Reviewers:0:Name"] = "Ada Reviewer",
            ["Approvals:Reviewers:0:Slack"] = $"{SlackBotFactory.Team}:{Ada}",
            ["Approvals:Reviewers:1:Name"] = "Ben Checker",
            ["Approvals:Reviewers:1:Role"] = "Head of compliance",
            ["Approvals:Reviewers:1:Slack"] = $"{SlackBotFactory.Team}:{Ben}",
            // Uma reviews too, but never her own collaborations (four eyes).
            ["Approvals:Reviewers:2:Name"] = "Uma Owner",
            ["Approvals:Reviewers:2:Slack"] = $"{SlackBotFactory.Team}:{Uma}",
            ["Reminders:Compliance:Channel"] = "slack",
            ["Reminders:Compliance:ConversationId"] = ComplianceChannel,
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Submitted_ReviewCardInTheChannel_AdaApproves_CardUpdatedForEveryone_OwnerTold_ChecklistCertified()
    {
        var card = await SubmitAndPostCardAsync();
        var blocks = card.Body["blocks"]!.AsArray();
        Assert.Equal("Compliance review: Asthma school toolkit", (string?)blocks[0]!["text"]!["text"]);
        var text = blocks.ToJsonString();
        Assert.Contains("*Awaiting review* (round 1)", text, StringComparison.Ordinal);
        Assert.Contains("*Assessment:*", text, StringComparison.Ordinal);
        Assert.Contains("*Open obligations*", text, StringComparison.Ordinal);
        var actions = blocks.Single(b => (string?)b!["type"] == "actions")!;
        Assert.Equal(["Approve", "Request changes", "Reject"], actions["elements"]!.AsArray().Select(e => (string?)e!["text"]!["text"]));
        Assert.All(actions["elements"]!.AsArray(), e => Assert.Contains("\"round\":\"1\"", (string)e!["value"]!, StringComparison.Ordinal));
        // Gaps before areas needing attention; the strong ones on one line at the end.
        var labels = blocks.Select(b => (string?)b!["text"]?["text"] ?? "").Where(t => t.StartsWith("*Gap:", StringComparison.Ordinal) || t.StartsWith("*Needs attention:", StringComparison.Ordinal)).ToList();
        Assert.Equal(labels.OrderBy(t => t.StartsWith("*Gap:", StringComparison.Ordinal) ? 0 : 1), labels);

        var ack = await ClickAsync(card, "Approve", Ada, "ada");
        Assert.Equal("Recorded: approved by Ada Reviewer.", (await EphemeralAsync(ack))["text"]);
        await SendOutboxAsync();

        var update = await _slack.WaitForApiAsync("chat.update", c => c["ts"] == card.Ts);
        Assert.Equal(ReviewChannel, update["channel"]);
        var after = update.Body["blocks"]!.ToJsonString();
        Assert.Contains("*Approved* by Ada Reviewer (Compliance reviewer)", after, StringComparison.Ordinal);
        Assert.DoesNotContain("\"actions\"", after, StringComparison.Ordinal);
        await _slack.WaitForApiAsync("chat.postMessage", c => c["channel"] == FakeSlackApi.DmChannel && (c["text"] ?? "").StartsWith("Approved: Asthma school toolkit", StringComparison.Ordinal));

        await using var db = await _bot.Database.CreateContextAsync();
        var round = await db.ApprovalRounds.SingleAsync();
        Assert.Equal(("approved", $"slack:{SlackBotFactory.Team}:{Ada}", "Ada Reviewer", "Compliance reviewer"), (round.Status, round.DecidedById, round.DecidedByName, round.DecidedByRole));
        var certify = await db.ChecklistItems.SingleAsync(i => i.ItemId == ApprovalService.CertifyItem);
        Assert.Equal((true, "Ada Reviewer (Compliance reviewer)"), (certify.Done, certify.DoneBy));
        Assert.Single(await db.AuditEvents.Where(e => e.Action == "review.approved" && e.ActorId == $"slack:{SlackBotFactory.Team}:{Ada}").ToListAsync());
        Assert.Empty(_slack.Refusals);
    }

    [Fact]
    public async Task OwnersHomeTab_AfterTheDecisionNotice_IsRepublishedWithTheReviewStatus()
    {
        var card = await SubmitAndPostCardAsync();
        using (var opened = await _bot.PostSignedAsync(SlackServices.EventsPath, HomePayloads.HomeOpened($"EvHome{_run}"), "application/json"))
        {
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        }

        var before = await _slack.WaitForApiAsync("views.publish");
        Assert.Contains("Status: Submitted, awaiting review", before.Body.ToJsonString(), StringComparison.Ordinal);

        // The Approve runs from the inbox: its answer to Ada says it is decided before the outbox is sent.
        await EphemeralAsync(await ClickAsync(card, "Approve", Ada, "ada"));
        await SendOutboxAsync();

        var notice = await _slack.WaitForApiAsync("chat.postMessage", c => c["channel"] == FakeSlackApi.DmChannel && (c["text"] ?? "").StartsWith("Approved: Asthma school toolkit", StringComparison.Ordinal));
        var after = await _slack.WaitForApiAsync("views.publish", c => c.Body.ToJsonString().Contains("Status: Submitted, approved by Ada Reviewer", StringComparison.Ordinal));
        Assert.Equal(Uma, after["user_id"]);
        Assert.True(_slack.Calls.ToList().IndexOf(after) > _slack.Calls.ToList().IndexOf(notice));
        Assert.Empty(_slack.Refusals);
    }

    [Fact]
    public async Task RequestChanges_CommentInTheModal_OwnerEditsAndResubmits_RoundTwo_EarlierCardRefused_ThenApproved()
    {
        var first = await SubmitAndPostCardAsync();
        var click = await ClickAsync(first, "Request changes", Ben, "ben");
        var modal = await _slack.WaitForApiAsync("views.open", c => c["trigger_id"] == click.TriggerId);
        var view = modal.Body["view"]!;
        Assert.Equal("Request changes", (string?)view["title"]!["text"]);
        Assert.Contains("Asthma school toolkit", view["blocks"]!.ToJsonString(), StringComparison.Ordinal);

        // An empty comment: the modal says so and stays open; nothing is stored.
        using (var empty = await SubmitModalAsync(modal, Ben, "ben", "   "))
        {
            var answer = JsonNode.Parse(await empty.Content.ReadAsStringAsync())!;
            Assert.Equal("errors", (string?)answer["response_action"]);
            Assert.Equal("Please write a comment: the owner needs to know what to change, or why it is rejected.", (string?)answer["errors"]![SlackApprovalModal.CommentBlock]);
        }

        await using (var db = await _bot.Database.CreateContextAsync())
        {
            Assert.Equal("awaiting", (await db.ApprovalRounds.SingleAsync()).Status);
        }

        using (var sent = await SubmitModalAsync(modal, Ben, "ben", "Name the *steering group* members"))
        {
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
            Assert.Equal("", await sent.Content.ReadAsStringAsync());
        }

        await SendOutboxAsync();
        var closed = await _slack.WaitForApiAsync("chat.update", c => c["ts"] == first.Ts);
        Assert.Contains("*Changes requested* by Ben Checker (Head of compliance)", closed.Body["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"actions\"", closed.Body["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        var notice = await _slack.WaitForApiAsync("chat.postMessage", c => c["channel"] == FakeSlackApi.DmChannel && (c["text"] ?? "").StartsWith("Changes requested: Asthma school toolkit", StringComparison.Ordinal));
        Assert.Contains("steering group", notice.Body.ToJsonString(), StringComparison.Ordinal);

        // Uma presses Edit on the notice in her DM, changes the partner and submits again: round 2.
        using (var edit = await _bot.PostSignedAsync(SlackServices.InteractionsPath, SlackPayloads.BlockActions(SlackPayloads.Button(notice, "Edit"), _slack.ResponseUrl("r-edit"))))
        {
            Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        }

        await _bot.Turns.WaitForAsync(t => t.Action?.Id == ApprovalMessages.EditAction);
        await SayAsync("change 2");
        await SayAsync("Breathe Easy Scotland");
        await SayAsync("submit");
        await SentForReviewAsync(times: 2);
        var second = await PostCardAsync(round: 2);
        Assert.Contains("Breathe Easy Scotland", second.Body["blocks"]!.ToJsonString(), StringComparison.Ordinal);

        // Round 1's card (still on Ada's screen, say) is refused: it was for an earlier version.
        var stale = await ClickAsync(first, "Approve", Ada, "ada");
        Assert.Contains("earlier version", (await EphemeralAsync(stale))["text"], StringComparison.Ordinal);

        var approve = await ClickAsync(second, "Approve", Ada, "ada");
        Assert.Equal("Recorded: approved by Ada Reviewer.", (await EphemeralAsync(approve))["text"]);
        await SendOutboxAsync();
        await _slack.WaitForApiAsync("chat.update", c => c["ts"] == second.Ts && c.Body["blocks"]!.ToJsonString().Contains("*Approved* by Ada Reviewer", StringComparison.Ordinal));

        await using var after = await _bot.Database.CreateContextAsync();
        var rounds = await after.ApprovalRounds.OrderBy(r => r.Round).ToListAsync();
        Assert.Equal([("changes_requested", "Ben Checker", "Name the *steering group* members"), ("approved", "Ada Reviewer", null)],
            rounds.Select(r => (r.Status, r.DecidedByName, r.Comment)));
        Assert.Empty(_slack.Refusals);
    }

    [Fact]
    public async Task Reject_WithAComment_ClosesTheCollaborationAndWithdrawsItsObligations()
    {
        var card = await SubmitAndPostCardAsync();
        var click = await ClickAsync(card, "Reject", Ada, "ada");
        var modal = await _slack.WaitForApiAsync("views.open", c => c["trigger_id"] == click.TriggerId);
        Assert.Equal("Reject collaboration", (string?)modal.Body["view"]!["title"]!["text"]);
        using (var sent = await SubmitModalAsync(modal, Ada, "ada", "Paying for the steering group breaches our policy"))
        {
            Assert.Equal("", await sent.Content.ReadAsStringAsync());
        }

        await SendOutboxAsync();
        var update = await _slack.WaitForApiAsync("chat.update", c => c["ts"] == card.Ts);
        Assert.Contains("*Rejected* by Ada Reviewer", update.Body["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        await _slack.WaitForApiAsync("chat.postMessage", c => c["channel"] == FakeSlackApi.DmChannel && (c["text"] ?? "").StartsWith("Rejected: Asthma school toolkit", StringComparison.Ordinal));

        await using var db = await _bot.Database.CreateContextAsync();
        Assert.Equal("Closed", (await db.Collaborations.SingleAsync()).Status);
        Assert.DoesNotContain(await db.Obligations.Select(o => o.Status).ToListAsync(), s => s == PartnershipBot.Dialogs.Flows.Partnerships.ObligationStatus.Open);
        Assert.Single(await db.AuditEvents.Where(e => e.Action == "review.rejected").ToListAsync());
        Assert.Empty(_slack.Refusals);
    }

    [Fact]
    public async Task NonReviewerAndOwner_AreRefusedEphemerally_NoModal_NothingStored()
    {
        var card = await SubmitAndPostCardAsync();

        var eve = await ClickAsync(card, "Approve", Eve, "eve");
        Assert.Equal(new ApprovalOutcome(ApprovalOutcomeKind.NotAReviewer, null).Describe(PartnershipBot.Dialogs.Texts.Languages.English), (await EphemeralAsync(eve))["text"]);
        var eveRejects = await ClickAsync(card, "Reject", Eve, "eve");
        Assert.Equal(new ApprovalOutcome(ApprovalOutcomeKind.NotAReviewer, null).Describe(PartnershipBot.Dialogs.Texts.Languages.English), (await EphemeralAsync(eveRejects))["text"]);

        // Uma is a configured reviewer, but this is her own collaboration.
        var own = await ClickAsync(card, "Approve", Uma, "uma");
        Assert.Equal(new ApprovalOutcome(ApprovalOutcomeKind.OwnCollaboration, null).Describe(PartnershipBot.Dialogs.Texts.Languages.English), (await EphemeralAsync(own))["text"]);
        var ownChanges = await ClickAsync(card, "Request changes", Uma, "uma");
        Assert.Equal(new ApprovalOutcome(ApprovalOutcomeKind.OwnCollaboration, null).Describe(PartnershipBot.Dialogs.Texts.Languages.English), (await EphemeralAsync(ownChanges))["text"]);

        Assert.Empty(_slack.Api("views.open"));
        Assert.DoesNotContain(_slack.Api("chat.update"), c => c["ts"] == card.Ts);
        await using var db = await _bot.Database.CreateContextAsync();
        Assert.Equal("awaiting", (await db.ApprovalRounds.SingleAsync()).Status);
        Assert.False(await db.AuditEvents.AnyAsync(e => Decisions.Contains(e.Action)));
        Assert.False(await db.ChecklistItems.AnyAsync(i => i.ItemId == ApprovalService.CertifyItem && i.Done));
    }

    [Fact]
    public async Task TwoReviewersAtOnce_OneDecisionWins_TheOtherIsToldWhoDecided()
    {
        var card = await SubmitAndPostCardAsync();
        // Ben opens the request-changes modal first; Ada and Ben's approve then race.
        var benClick = await ClickAsync(card, "Request changes", Ben, "ben");
        var modal = await _slack.WaitForApiAsync("views.open", c => c["trigger_id"] == benClick.TriggerId);

        var clicks = await Task.WhenAll(ClickAsync(card, "Approve", Ada, "ada"), ClickAsync(card, "Approve", Ben, "ben"));
        var answers = new[] { (await EphemeralAsync(clicks[0]))["text"]!, (await EphemeralAsync(clicks[1]))["text"]! };
        Assert.Single(answers, a => a.StartsWith("Recorded: approved by", StringComparison.Ordinal));
        var winner = answers.Single(a => a.StartsWith("Recorded", StringComparison.Ordinal))["Recorded: approved by ".Length..].TrimEnd('.');
        Assert.Single(answers, a => a.StartsWith($"{winner} already approved this on", StringComparison.Ordinal));

        // Ben's modal, submitted after the decision, shows who decided and stores nothing.
        using (var late = await SubmitModalAsync(modal, Ben, "ben", "Too late"))
        {
            var answer = JsonNode.Parse(await late.Content.ReadAsStringAsync())!;
            Assert.StartsWith($"{winner} already approved this on", (string?)answer["errors"]![SlackApprovalModal.CommentBlock], StringComparison.Ordinal);
        }

        await using var db = await _bot.Database.CreateContextAsync();
        Assert.Single(await db.AuditEvents.Where(e => Decisions.Contains(e.Action)).ToListAsync());
        Assert.Null((await db.ApprovalRounds.SingleAsync()).Comment);
    }

    [Fact]
    public async Task WaitingTooLong_ReviewersRemindedInTheReviewChannel_ThenComplianceEscalated_EachOnce()
    {
        await SubmitAndPostCardAsync();
        var sender = _bot.Services.GetRequiredService<ApprovalSender>();

        // The round's reminder and escalation times come from working days; here they are simply reached.
        await using (var db = await _bot.Services.GetRequiredService<IDbContextFactory<PartnershipBot.Data.BotDbContext>>().CreateDbContextAsync())
        {
            var past = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.ApprovalRounds.ExecuteUpdateAsync(r => r.SetProperty(x => x.RemindAt, past).SetProperty(x => x.EscalateAt, past));
        }

        await sender.QueueOverdueAsync(CancellationToken.None);
        await sender.QueueOverdueAsync(CancellationToken.None);
        await SendOutboxAsync();
        await SendOutboxAsync();

        var reminder = Assert.Single(_slack.Api("chat.postMessage"), c => (c["text"] ?? "").StartsWith("Reminder: \"Asthma school toolkit\"", StringComparison.Ordinal));
        Assert.Equal(ReviewChannel, reminder["channel"]);
        var escalation = Assert.Single(_slack.Api("chat.postMessage"), c => (c["text"] ?? "").StartsWith("Escalation: \"Asthma school toolkit\"", StringComparison.Ordinal));
        Assert.Equal(ComplianceChannel, escalation["channel"]);
        Assert.Contains("Reviewers: Ada Reviewer, Ben Checker", escalation["text"], StringComparison.Ordinal);
        Assert.Empty(_slack.Refusals);
    }

    [Fact]
    public async Task NonReviewerWhoChoseFrench_IsRefusedInFrench_OnApproveAndOnReject()
    {
        var card = await SubmitAndPostCardAsync();
        const string EveDm = "D0DMEVE01";
        using (var said = await _bot.PostSignedAsync(SlackServices.EventsPath, SlackPayloads.DirectMessage($"EvEve{_run}", "language fr", EveDm, user: Eve), "application/json"))
        {
            Assert.Equal(HttpStatusCode.OK, said.StatusCode);
        }

        await _slack.WaitForApiAsync("chat.postMessage", c => c["channel"] == EveDm);
        var eve = await ClickAsync(card, "Approve", Eve, "eve");

        var refusal = (string?)(await EphemeralAsync(eve))["text"];
        Assert.Equal(new ApprovalOutcome(ApprovalOutcomeKind.NotAReviewer, null).Describe(PartnershipBot.Dialogs.Texts.Languages.French), refusal);
        Assert.NotEqual(new ApprovalOutcome(ApprovalOutcomeKind.NotAReviewer, null).Describe(PartnershipBot.Dialogs.Texts.Languages.English), refusal);

        // Reject opens no modal for her: it is refused at the click, in French too.
        var rejects = await ClickAsync(card, "Reject", Eve, "eve");
        Assert.Equal(refusal, (string?)(await EphemeralAsync(rejects))["text"]);
    }

    private async Task<RecordedCall> SubmitAndPostCardAsync()
    {
        await SayAsync("new");
        await _slack.WaitForAsync(c => c.Method == "chat.postMessage" && (c["text"] ?? "").Contains("What is the collaboration called?", StringComparison.Ordinal));
        foreach (var answer in new[] { "Asthma school toolkit", "Breathe Easy UK", "patient organisation" })
        {
            await SayAsync(answer);
        }

        await SayAsync("domestic");
        foreach (var answer in UkGrantInterview.FromCountries)
        {
            await SayAsync(answer);
        }

        await SayAsync("submit");
        await SentForReviewAsync(times: 1);
        return await PostCardAsync(round: 1);
    }

    // The owner's line after a submission, posted once the round is committed (Uma reviews too, but not her own).
    private Task SentForReviewAsync(int times) =>
        _slack.WaitForAsync(c => _slack.Api("chat.postMessage").Count(m => (m["text"] ?? "").Contains(
            "Sent for compliance review to Ada Reviewer (Compliance reviewer), Ben Checker (Head of compliance)", StringComparison.Ordinal)) >= times);

    private async Task<RecordedCall> PostCardAsync(int round)
    {
        await SendOutboxAsync();
        return await _slack.WaitForApiAsync("chat.postMessage", c => c["channel"] == ReviewChannel
            && c.Body["blocks"]!.ToJsonString().Contains($"(round {round})", StringComparison.Ordinal));
    }

    private Task SendOutboxAsync() => _bot.Services.GetRequiredService<ApprovalSender>().SendDueAsync(CancellationToken.None);

    private async Task<(string ResponseId, string TriggerId)> ClickAsync(RecordedCall card, string button, string user, string name)
    {
        var responseId = $"r-{user}-{Interlocked.Increment(ref _click)}";
        var (body, trigger) = ApprovalPayloads.Click(card, button, user, name, _slack.ResponseUrl(responseId));
        using var response = await _bot.PostSignedAsync(SlackServices.InteractionsPath, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (responseId, trigger);
    }

    private Task<RecordedCall> EphemeralAsync((string ResponseId, string TriggerId) click) =>
        _slack.WaitForAsync(c => c.Kind == "response" && c.Method == click.ResponseId);

    private Task<HttpResponseMessage> SubmitModalAsync(RecordedCall modal, string user, string name, string comment) =>
        _bot.PostSignedAsync(SlackServices.InteractionsPath, ApprovalPayloads.Submit(modal, user, name, comment));

    private async Task SayAsync(string text)
    {
        var id = $"Ev{++_event}{_run}";
        using var response = await _bot.PostSignedAsync(SlackServices.EventsPath, SlackPayloads.DirectMessage(id, text), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _bot.Turns.WaitForAsync(t => t.Id.EndsWith(id, StringComparison.Ordinal));
    }
}
