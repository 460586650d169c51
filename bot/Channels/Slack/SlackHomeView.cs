using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Flows.Partnerships;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Texts;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// The App Home tab of one user (views.publish): their collaborations with status, review, readiness, checklist
/// progress and next deadline, each with Open (its status in the DM), Checklist and, once submitted, Edit (the edit's
/// modal); their open deadlines with the reminder messages' Done and Snooze buttons (so a click
/// runs the same turn a reminder's click runs); and New, Checklist, Quiz, which run those commands in the DM. A first
/// visit gets a short welcome and New. User text (titles) is escaped; the view stays within Slack's 100 blocks. The
/// view's own texts are in the user's culture (their language choice, else their Slack locale).
/// </summary>
public static class SlackHomeView
{
    /// <summary>A home button that runs a command in the DM; its value is the command's text ("new", "checklist 2").</summary>
    public const string CommandAction = "home.command";

    public const int MaxBlocks = 100;

    /// <summary>Deadlines listed with buttons (each takes two blocks); the rest are counted in one line.</summary>
    public const int MaxDeadlines = 15;

    /// <summary>Collaborations listed (each takes two blocks); the rest are counted in one line.</summary>
    public const int MaxCollaborations = 20;

    public static JsonObject Build(PartnershipWorkspace workspace, GuidancePack pack, DateOnly today, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(pack);
        var blocks = new JsonArray { SlackBlocks.Header("PartnershipBot") };
        if (workspace.Collaborations.Count == 0)
        {
            blocks.Add(Section(Say.HomeWelcome.In(culture)));
            blocks.Add(SlackBlocks.Actions([CommandButton("new", Say.HomeNew.Plain(culture), "primary"), FormButton(culture), CommandButton("quiz", Say.HomeQuiz.Plain(culture))], "home-commands"));
            return View(blocks);
        }

        blocks.Add(SlackBlocks.Actions(
            [CommandButton("new", Say.HomeNew.Plain(culture), "primary"), FormButton(culture), CommandButton("checklist", Say.HomeChecklist.Plain(culture)), CommandButton("quiz", Say.HomeQuiz.Plain(culture))],
            "home-commands"));
        blocks.Add(new JsonObject { ["type"] = "divider" });
        blocks.Add(Section(Say.HomeYourCollaborations.In(culture)));
        foreach (var (c, i) in workspace.Collaborations.Select((c, i) => (c, i)).Take(MaxCollaborations))
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            var collaboration = JsonSerializer.Serialize(new Dictionary<string, string> { [PartnershipCards.CollaborationValue] = c.Id.ToString("N") });
            blocks.Add(new JsonObject
            {
                ["type"] = "section",
                ["block_id"] = $"home-collab-{c.Id:N}",
                ["text"] = SlackBlocks.Mrkdwn(SlackMrkdwn.Truncate(CollaborationText(c, workspace, pack, today, culture), SlackBlocks.MaxSectionText)),
            });

            // Every collaboration opens (its status in the DM); a submitted one also edits in a modal. By id, not by
            // number: the list's numbers shift as collaborations are added while the tab stays open.
            var buttons = new List<JsonObject> { SlackBlocks.Button(SlackBlocks.ActionId(CardIds.OpenCollaboration, $"c{number}"), Say.HomeOpen.Plain(culture), collaboration) };
            if (c.Checklist.Count > 0)
            {
                buttons.Add(SlackBlocks.Button(SlackBlocks.ActionId(CardIds.ReminderChecklist, $"c{number}"), Say.HomeChecklist.Plain(culture), collaboration));
            }

            if (c.Status == CollaborationStatus.Submitted)
            {
                buttons.Add(SlackBlocks.Button(SlackBlocks.ActionId(CardIds.EditForm, $"c{number}"), Say.HomeEdit.Plain(culture), collaboration));
            }

            blocks.Add(SlackBlocks.Actions(buttons, $"home-collab-{c.Id:N}-actions"));
        }

        if (workspace.Collaborations.Count > MaxCollaborations)
        {
            blocks.Add(SlackBlocks.Context(SlackMrkdwn.FromMarkdown(Say.HomeMoreCollaborations.Format(culture, workspace.Collaborations.Count - MaxCollaborations))));
        }

        var open = OpenDeadlines(workspace).ToList();
        blocks.Add(new JsonObject { ["type"] = "divider" });
        blocks.Add(Section((open.Count == 0 ? Say.HomeNoDeadlines : Say.HomeYourDeadlines).In(culture)));
        foreach (var o in open.Take(MaxDeadlines))
        {
            var title = workspace.ById(o.CollaborationId)?.Title ?? Say.HomeYourCollaboration.Plain(culture);
            blocks.Add(Section($"*{SlackMrkdwn.Escape(o.Title)}*\n{SlackMrkdwn.Escape(title)} · {SlackMrkdwn.FromMarkdown(Due(o.Due, today, culture))}"));
            var values = new Dictionary<string, string> { [CardIds.ObligationValue] = o.Id.ToString("N") };
            blocks.Add(SlackBlocks.Actions(
            [
                SlackBlocks.Button(SlackBlocks.ActionId(CardIds.ReminderDone, "0"), Say.HomeDone.Plain(culture), JsonSerializer.Serialize(values), "primary"),
                SlackBlocks.Button(SlackBlocks.ActionId(CardIds.ReminderSnooze, "1"), Say.HomeSnoozeDay.Plain(culture), JsonSerializer.Serialize(new Dictionary<string, string>(values) { [CardIds.SnoozeDaysValue] = "1" })),
                SlackBlocks.Button(SlackBlocks.ActionId(CardIds.ReminderSnooze, "7"), Say.HomeSnoozeWeek.Plain(culture), JsonSerializer.Serialize(new Dictionary<string, string>(values) { [CardIds.SnoozeDaysValue] = "7" })),
            ], $"home-deadline-{o.Id:N}"));
        }

        if (open.Count > MaxDeadlines)
        {
            blocks.Add(SlackBlocks.Context(SlackMrkdwn.FromMarkdown(Say.HomeMoreDeadlines.Format(culture, open.Count - MaxDeadlines))));
        }

        return View(blocks);
    }

    /// <summary>Open deadlines, soonest first (undated last), as the reminders list orders them.</summary>
    public static IEnumerable<ObligationRecord> OpenDeadlines(PartnershipWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return workspace.Obligations.Where(o => o.IsOpen).OrderBy(o => o.Due ?? DateOnly.MaxValue).ThenBy(o => o.Title, StringComparer.Ordinal);
    }

    private static string CollaborationText(CollaborationRecord c, PartnershipWorkspace workspace, GuidancePack pack, DateOnly today, CultureInfo culture)
    {
        var status = c.Status == CollaborationStatus.Submitted && c.Approval is { } review
            ? Say.HomeSubmittedStatus.Plain(culture, ApprovalStatus.Describe(review, culture))
            : c.Status;
        var lines = new List<string> { $"*{SlackMrkdwn.Escape(c.Title)}*", SlackMrkdwn.FromMarkdown(Say.HomeStatus.Format(culture, status)) };
        lines.Add(Assessor.Assess(pack, c.Answers, today, culture).Readiness(culture));
        if (c.Checklist.Count > 0)
        {
            lines.Add(SlackMrkdwn.FromMarkdown(Say.HomeChecklistProgress.Format(culture, c.Checklist.Count(i => i.Done), c.Checklist.Count)));
        }

        if (OpenDeadlines(workspace).FirstOrDefault(o => o.CollaborationId == c.Id) is { } next)
        {
            lines.Add(SlackMrkdwn.FromMarkdown(Say.HomeNextDeadline.Format(culture, next.Title, Due(next.Due, today, culture))));
        }

        return string.Join("\n", lines);
    }

    /// <summary>A deadline's date as markdown ("**overdue** since 31 Mar 2027"), the month abbreviated in the culture's language.</summary>
    private static MarkdownText Due(DateOnly? due, DateOnly today, CultureInfo culture) => due is not { } d
        ? Say.HomeNoFixedDate.In(culture)
        : (d < today ? Say.HomeOverdueSince : Say.HomeDueOn).Format(culture, CultureFormat.ShortDate(d, culture));

    /// <summary>Opens the interview's modal (its click's trigger_id opens it); the same action as the chat's offer.</summary>
    private static JsonObject FormButton(CultureInfo culture) =>
        SlackBlocks.Button(SlackBlocks.ActionId(CardIds.InterviewForm, "home"), Say.CardFillInAForm.Plain(culture),
            JsonSerializer.Serialize(new Dictionary<string, string> { [CardIds.FormStep] = CardIds.FormOpen }));

    private static JsonObject CommandButton(string command, string title, string? style = null, string? actionSuffix = null) =>
        SlackBlocks.Button(SlackBlocks.ActionId(CommandAction, actionSuffix ?? command), title, command, style);

    private static JsonObject Section(string mrkdwn) => new() { ["type"] = "section", ["text"] = SlackBlocks.Mrkdwn(SlackMrkdwn.Truncate(mrkdwn, SlackBlocks.MaxSectionText)) };

    private static JsonObject Section(MarkdownText markdown) => Section(SlackMrkdwn.FromMarkdown(markdown));

    private static JsonObject View(JsonArray blocks) => new()
    {
        ["type"] = "home",
        ["callback_id"] = "partnershipbot_home",
        ["blocks"] = blocks.Count <= MaxBlocks ? blocks : new JsonArray([.. blocks.Take(MaxBlocks).Select(b => b!.DeepClone())]),
    };
}
