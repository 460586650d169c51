using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Approvals;
using PartnershipBot.Channels.Teams;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Partnerships;
using PartnershipBot.Tests.Teams.Support;

namespace PartnershipBot.Tests.Teams;

/// <summary>
/// The review comment and the edit of a submitted collaboration as Teams dialogs, through /api/messages with real
/// Bot Connector tokens: Dana plans in the form and submits; Ada asks for changes in the comment dialog (an empty
/// comment refused there, Eve refused on opening); Dana edits in the edit dialog (an invalid value refused under its
/// field) and submits again, which opens review round 2. And a form opened over an open chat question says so, or
/// carries an unsaved chat edit on.
/// </summary>
public sealed class TeamsEditAndReviewDialogTests : IAsyncLifetime
{
    private const string AdaOid = "0b7c9a43-2f11-4b59-9d7e-8a1f6f0e3a01";
    private const string ReviewChannel = "19:review@thread.tacv2";
    private const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";
    private FakeBotFramework fake = null!;

    public async Task InitializeAsync() => fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync() => await fake.DisposeAsync();

    [Fact]
    public async Task ReviewerRequestsChangesInADialog_OwnerEditsInADialog_AndItIsReviewedAgain()
    {
        await using var bot = Bot();
        await InstallAsync(bot, "29:ada", AdaOid, "Ada Reviewer");
        var dana = new DialogUser(bot, fake);
        Assert.Contains("Submitted \"Asthma school toolkit\"", await PlanInTheFormAsync(dana), StringComparison.Ordinal);

        // Ada's version of the posted card offers the comment in a dialog beside the inline box.
        Assert.Equal(1, await SendDueAsync(bot));
        var posted = fake.ConnectorRequests.Single(r => r.Path == $"/v3/conversations/{ReviewChannel}/activities").Json["attachments"]![0]!["content"]!;
        var adaCard = await RefreshAsync(bot, posted, "29:ada", AdaOid, "Ada Reviewer");
        TeamsApprovalTranscriptTests.AssertValidCard(adaCard);
        var open = adaCard["actions"]!.AsArray().Single(a => (string?)a!["title"] == "Request changes in a form")!;
        Assert.Equal("Action.Submit", (string?)open["type"]);
        Assert.Equal("task/fetch", (string?)open["data"]!["msteams"]!["type"]);

        // Eve is no reviewer: refused when she opens it, before writing anything.
        var eve = await ChannelInvokeAsync(bot, "task/fetch", open["data"]!, "29:eve", "9d3f2b71-0000-4000-8000-000000000000", "Eve Bystander");
        Assert.Equal("message", (string?)eve["task"]!["type"]);
        Assert.StartsWith("Only a configured compliance reviewer", (string?)eve["task"]!["value"], StringComparison.Ordinal);

        // Ada opens it: a required comment box. Sent empty, it comes back with the reason and nothing is stored.
        var form = await ChannelInvokeAsync(bot, "task/fetch", open["data"]!, "29:ada", AdaOid, "Ada Reviewer");
        var card = AssertCommentForm(form);
        var empty = await ChannelInvokeAsync(bot, "task/submit", Submit(card, "   "), "29:ada", AdaOid, "Ada Reviewer");
        var again = AssertCommentForm(empty);
        Assert.Contains(again["body"]!.AsArray(), e => (string?)e!["color"] == "Attention" && ((string?)e["text"] ?? "").Contains("Please write a comment", StringComparison.Ordinal));
        await using (var db = await bot.Database.CreateContextAsync())
        {
            Assert.Equal(ApprovalStatus.Awaiting, (await db.ApprovalRounds.SingleAsync()).Status);
        }

        var decided = await ChannelInvokeAsync(bot, "task/submit", Submit(again, "Name the steering group's <members>"), "29:ada", AdaOid, "Ada Reviewer");
        Assert.Equal("message", (string?)decided["task"]!["type"]);
        Assert.StartsWith("Recorded: changes requested by Ada Reviewer", (string?)decided["task"]!["value"], StringComparison.Ordinal);

        // As after the card's own buttons: the posted card is replaced and Dana is told, with Edit and Edit in a form.
        Assert.Equal(2, await SendDueAsync(bot));
        Assert.Contains("Changes requested", fake.ConnectorRequests.Single(r => r.Method == "PUT" && r.Path.Contains(ReviewChannel, StringComparison.Ordinal)).Body, StringComparison.Ordinal);
        var notice = dana.Sent().Where(a => DialogUser.Text(a).Contains("Changes requested: Asthma school toolkit", StringComparison.Ordinal)).ToList();
        Assert.Contains("Name the steering group", DialogUser.Text(Assert.Single(notice)), StringComparison.Ordinal);

        // Dana edits in the dialog: prefilled; an unknown country is refused under its field and nothing is saved.
        var page = await dana.FetchAsync(notice, "Edit in a form");
        DialogShape.AssertPage(page, CardIds.EditForm);
        Assert.Equal("Edit \"Asthma school toolkit\"", (string?)page["task"]!["value"]!["title"]);
        Assert.Equal("Breathe Easy UK", Value(page, "q:partner"));
        var inputs = Prefilled(page);
        inputs["q:countries"] = "Atlantis";
        inputs["q:partner"] = "Breathe Easy Scotland";
        var refused = await dana.SubmitAsync(page, "Next", inputs);
        DialogShape.AssertPage(refused, CardIds.EditForm);
        var body = DialogShape.Body(refused);
        var countries = body.FindIndex(e => (string?)e["id"] == "q:countries");
        Assert.Equal("Attention", (string?)body[countries + 1]["color"]);
        Assert.Contains("Atlantis", (string?)body[countries + 1]["text"], StringComparison.Ordinal);
        Assert.Equal("Breathe Easy Scotland", Value(refused, "q:partner"));

        // Corrected, then page after page to Submit: saved like the chat's edit, and sent for review again.
        inputs["q:countries"] = "GB";
        page = await dana.SubmitAsync(refused, "Next", inputs);
        await using (var db = await bot.Database.CreateContextAsync())
        {
            Assert.Contains("Breathe Easy UK", (await db.Answers.SingleAsync(a => a.QuestionId == "partner")).ValuesJson, StringComparison.Ordinal);
        }

        var pages = 1;
        while ((string?)page["task"]!["type"] == "continue")
        {
            Assert.True(++pages < 12, "The edit form never ended.");
            DialogShape.AssertPage(page, CardIds.EditForm);
            page = await dana.SubmitAsync(page, DialogUser.NextOrSubmit(page), Prefilled(page));
        }

        Assert.Contains("Saved your changes to \"Asthma school toolkit\"", (string?)page["task"]!["value"], StringComparison.Ordinal);
        Assert.Contains(dana.Sent(), a => DialogUser.Text(a).Contains("Sent for compliance review to Ada Reviewer", StringComparison.Ordinal));
        await using (var db = await bot.Database.CreateContextAsync())
        {
            Assert.Contains("Breathe Easy Scotland", (await db.Answers.SingleAsync(a => a.QuestionId == "partner")).ValuesJson, StringComparison.Ordinal);
            Assert.Equal("Submitted", (await db.Collaborations.SingleAsync()).Status);
            var rounds = await db.ApprovalRounds.OrderBy(r => r.Round).ToListAsync();
            Assert.Equal([ApprovalStatus.ChangesRequested, ApprovalStatus.Awaiting], rounds.Select(r => r.Status));
            Assert.Equal("Name the steering group's <members>", rounds[0].Comment);
        }

        Assert.Equal(1, await SendDueAsync(bot));
    }

    [Fact]
    public async Task FormOverAnOpenChatQuestion_SaysSo_AndAnUnsavedChatEditIsCarriedOn()
    {
        await using var bot = Bot();
        var dana = new DialogUser(bot, fake);
        await PlanInTheFormAsync(dana);

        // A chat edit with a change not yet submitted, then "Edit in a form" from the edit's own offer.
        var editing = await dana.SayAsync("edit");
        Assert.Contains("Editing \"Asthma school toolkit\"", DialogUser.Text(editing[0]), StringComparison.Ordinal);
        await dana.SayAsync("change 1");
        await dana.SayAsync("Asthma toolkit for schools");
        var page = await dana.FetchAsync(editing, "Edit in a form");
        DialogShape.AssertPage(page, CardIds.EditForm);
        Assert.Equal("Asthma toolkit for schools", Value(page, "q:title"));
        Assert.Contains(DialogShape.Body(page), e => ((string?)e["text"] ?? "").Contains("not submitted yet are kept", StringComparison.Ordinal));

        // The chat question was ended: the form carries the change on. Closed and opened again, it still has it.
        Assert.Equal("Asthma toolkit for schools", Value(await dana.FetchAsync(editing, "Edit in a form"), "q:title"));

        // A new interview's open question, answered once in the chat, then the form: the chat hears where it went.
        var started = await dana.SayAsync("new");
        await dana.SayAsync("Second toolkit");
        var interview = await dana.FetchAsync(started, "Fill in a form");
        Assert.Equal("q:partner", (string?)DialogShape.Body(interview).First(e => ((string?)e["id"] ?? "").StartsWith("q:", StringComparison.Ordinal))["id"]);
        Assert.Contains(dana.Sent(), a => DialogUser.Text(a).Contains("I closed the question that was open here", StringComparison.Ordinal));

        // The submitted collaboration is untouched by all of it.
        await using var db = await bot.Database.CreateContextAsync();
        Assert.Equal("Asthma school toolkit", (await db.Collaborations.SingleAsync(c => c.Status == "Submitted")).Title);
    }

    private TeamsBotFactory Bot() => new(fake)
    {
        Settings = new Dictionary<string, string?>
        {
            ["Approvals:Reviewers:0:Name"] = "Ada Reviewer",
            ["Approvals:Reviewers:0:TeamsAadObjectId"] = AdaOid,
            ["Approvals:Post:Channel"] = "msteams",
            ["Approvals:Post:ConversationId"] = ReviewChannel,
            ["Approvals:Post:ServiceUrl"] = fake.ServiceUrl,
            ["Approvals:Post:TenantId"] = TeamsBotFactory.TenantId,
            ["Approvals:SenderEnabled"] = "false",
        },
    };

    /// <summary>"new", Fill in a form, every page filled as TeamsDialogTests does; the dialog's closing message.</summary>
    private static async Task<string> PlanInTheFormAsync(DialogUser user)
    {
        var page = await user.FetchAsync(await user.SayAsync("new"), "Fill in a form");
        for (var pages = 0; (string?)page["task"]!["type"] == "continue"; pages++)
        {
            Assert.True(pages < 12, "The form never ended.");
            page = await user.SubmitAsync(page, DialogUser.NextOrSubmit(page), TeamsDialogTests.Fill(page));
        }

        user.Sent();
        return (string)page["task"]!["value"]!;
    }

    private static string? Value(JsonNode page, string id) => (string?)DialogShape.Body(page).Single(e => (string?)e["id"] == id)["value"];

    /// <summary>Every input as the page shows it (the user presses Next without changing anything).</summary>
    private static Dictionary<string, string> Prefilled(JsonNode page) =>
        DialogShape.Body(page).Where(e => e["id"] is not null && ((string?)e["type"] ?? "").StartsWith("Input.", StringComparison.Ordinal))
            .ToDictionary(e => (string)e["id"]!, e => (string?)e["value"] ?? "");

    /// <summary>The comment dialog's card, checked as Teams reads it; returns the card.</summary>
    private static JsonNode AssertCommentForm(JsonNode response)
    {
        var task = response["task"]!;
        Assert.Equal("continue", (string?)task["type"]);
        Assert.Equal("Request changes", (string?)task["value"]!["title"]);
        Assert.Equal(AdaptiveCardType, (string?)task["value"]!["card"]!["contentType"]);
        var card = task["value"]!["card"]!["content"]!;
        TeamsApprovalTranscriptTests.AssertValidCard(card);
        var comment = card["body"]!.AsArray().Single(e => (string?)e!["type"] == "Input.Text")!;
        Assert.Equal(TeamsApprovalCard.CommentInput, (string?)comment["id"]);
        Assert.True((bool)comment["isRequired"]!);
        var submit = card["actions"]!.AsArray().Single()!;
        Assert.Equal("Action.Submit", (string?)submit["type"]);
        Assert.Equal(TeamsApprovalCard.CommentDialog, (string?)submit["data"]!["action"]);
        return card;
    }

    /// <summary>The dialog's button: its data with the comment box's value merged in, as Teams sends task/submit.</summary>
    private static JsonObject Submit(JsonNode card, string comment)
    {
        var data = card["actions"]![0]!["data"]!.DeepClone().AsObject();
        data[TeamsApprovalCard.CommentInput] = comment;
        return data;
    }

    private static Task<int> SendDueAsync(TeamsBotFactory bot) => bot.Services.GetRequiredService<ApprovalSender>().SendDueAsync(CancellationToken.None);

    private async Task InstallAsync(TeamsBotFactory bot, string id, string oid, string name)
    {
        var install = Fixtures.Load("conversation-update-install", fake.ServiceUrl);
        install["from"] = new JsonObject { ["id"] = id, ["aadObjectId"] = oid, ["name"] = name };
        Assert.True((await bot.PostActivityAsync(install.ToJsonString())).IsSuccessStatusCode);
    }

    /// <summary>The posted card's refresh as the person's Teams sends it (adaptiveCard/action): their version of the card.</summary>
    private async Task<JsonNode> RefreshAsync(TeamsBotFactory bot, JsonNode posted, string id, string oid, string name)
    {
        var invoke = Channel(Fixtures.Load("action-execute-invoke", fake.ServiceUrl), id, oid, name);
        var refresh = posted["refresh"]!["action"]!;
        invoke["value"]!["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = (string?)refresh["verb"], ["data"] = refresh["data"]!.DeepClone() };
        var response = JsonNode.Parse(await (await bot.PostActivityAsync(invoke.ToJsonString())).Content.ReadAsStringAsync())!;
        Assert.Equal(AdaptiveCardType, (string?)response["type"]);
        return response["value"]!;
    }

    /// <summary>A dialog invoke (task/fetch or task/submit) in the review channel, by one person.</summary>
    private async Task<JsonNode> ChannelInvokeAsync(TeamsBotFactory bot, string name, JsonNode data, string id, string oid, string who)
    {
        var invoke = Channel(Fixtures.Load("action-execute-invoke", fake.ServiceUrl), id, oid, who);
        invoke["name"] = name;
        invoke["value"] = new JsonObject { ["data"] = data.DeepClone(), ["context"] = new JsonObject { ["theme"] = "default" } };
        var response = await bot.PostActivityAsync(invoke.ToJsonString());
        Assert.True(response.IsSuccessStatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static JsonObject Channel(JsonObject invoke, string id, string oid, string name)
    {
        invoke["from"] = new JsonObject { ["id"] = id, ["aadObjectId"] = oid, ["name"] = name };
        invoke["conversation"] = new JsonObject { ["conversationType"] = "channel", ["tenantId"] = TeamsBotFactory.TenantId, ["id"] = ReviewChannel };
        return invoke;
    }
}
