using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Dialogs.Flows.People;

/// <summary>
/// <c>link</c>, <c>link CODE</c>, <c>unlink</c> and <c>reminders in slack|teams</c>: one person across their Teams and
/// Slack accounts. A code is asked for in one channel and typed in the other, in private chats only (a code in a
/// shared channel could be typed by anyone there). Each account of a person is in another channel, so "reminders in
/// slack" names exactly one account.
/// </summary>
public static class LinkCommands
{
    public const string Link = "link";
    public const string UnlinkName = "unlink";
    public const string RemindersIn = "reminders in";

    public static BotDialogsBuilder AddLinking(this BotDialogsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddCommand(BotCommand.Run(Link, T.HelpLink, Run) with
            {
                Usage = "link / link CODE",
                TakesArguments = true,
            })
            .AddCommand(BotCommand.Run(UnlinkName, T.HelpUnlink, RunUnlink))
            .AddCommand(BotCommand.Run(RemindersIn, T.HelpRemindersIn, RunRemindersIn) with
            {
                Usage = "reminders in slack|teams|last",
                TakesArguments = true,
            });
    }

    /// <summary>Whether a typed line is one of these commands, so the host loads the link snapshot only for them.</summary>
    public static bool IsLinkCommand(string? text)
    {
        var typed = TypedLine.Normalize(text);
        return typed.Equals(Link, StringComparison.OrdinalIgnoreCase)
            || typed.StartsWith(Link + " ", StringComparison.OrdinalIgnoreCase)
            || typed.Equals(UnlinkName, StringComparison.OrdinalIgnoreCase)
            || typed.StartsWith(RemindersIn + " ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The code typed after <c>link</c>, normalised; null for a bare <c>link</c> or another line.</summary>
    public static string? TypedCode(string? text)
    {
        var typed = TypedLine.Normalize(text);
        return typed.StartsWith(Link + " ", StringComparison.OrdinalIgnoreCase) ? typed[(Link.Length + 1)..].Trim() : null;
    }

    /// <summary>How the bot names a channel to people.</summary>
    public static string ChannelName(string channel) => channel switch
    {
        ChannelIds.Teams => "Teams",
        ChannelIds.Slack => "Slack",
        ChannelIds.Console => "terminal",
        _ => channel,
    };

    private static DialogTurnResult Run(CommandInvocation i)
    {
        var step = i.Step;
        if (!i.Context.Turn.Conversation.IsPersonal)
        {
            step.Say($"Linking works in a private chat with me only: a code posted here could be used by anyone who reads it.");
            return step.End();
        }

        if (step.Context.Inputs.Get<LinkSnapshot>() is not { } snapshot)
        {
            // First run of the turn: the host loads the account's links and runs it again.
            return step.End();
        }

        return i.Arguments.Length == 0 ? NewCode(step, snapshot) : Join(step, snapshot, i.Arguments);
    }

    private static DialogTurnResult NewCode(StepContext<MainDialogState> step, LinkSnapshot snapshot)
    {
        if (snapshot.NewCode is not { } code)
        {
            step.Say($"You asked for {LinkCodes.MaxPerHour} link codes in the last hour, which is the limit. Please use the latest one, or try again later.");
            return step.End();
        }

        step.Context.Emit(new CreateLinkCode(LinkCodes.Hash(code)));
        var here = ChannelName(step.Turn.User.Channel);
        var other = step.Turn.User.Channel == ChannelIds.Slack ? "Teams" : "Slack";
        step.Say($"Your link code is **{LinkCodes.Display(code)}**. Within 10 minutes, type **link {LinkCodes.Display(code)}** in your private chat with me in {other}, and your {here} and {other} accounts become one: the same collaborations, checklists, deadlines and reminders in both. The code works once; keep it to yourself.");
        return step.End();
    }

    private static DialogTurnResult Join(StepContext<MainDialogState> step, LinkSnapshot snapshot, string typed)
    {
        var me = new LinkedAccount(step.Turn.User.Channel, step.Turn.User.Id);
        var lookup = snapshot.Code;
        if (LinkCodes.Normalize(typed) is null || lookup is null)
        {
            step.Say($"That is not a code I gave out. Check it, or type **link** in your other channel for a new one.");
            return step.End();
        }

        if (lookup.Owner == me)
        {
            step.Say($"That code is for your other account: type **link {typed}** in your private chat with me in your other channel, not here.");
            return step.End();
        }

        if (snapshot.Accounts.Contains(lookup.Owner))
        {
            step.Say($"These accounts are already linked.");
            return step.End();
        }

        if (lookup.Used)
        {
            step.Say($"That code was already used; a code works once. Type **link** in your other channel for a new one.");
            return step.End();
        }

        if (lookup.Expired)
        {
            step.Say($"That code has expired: codes last 10 minutes. Type **link** in your other channel for a new one.");
            return step.End();
        }

        if (lookup.Owner.Channel == me.Channel)
        {
            step.Say($"That code comes from another {ChannelName(me.Channel)} account. You can link one account per channel: type the code in your other channel.");
            return step.End();
        }

        if (snapshot.IsLinked)
        {
            step.Say($"This account is already linked to another person's accounts. Type **unlink** here first, then **link {typed}** again.");
            return step.End();
        }

        if (lookup.OwnerAccounts.Any(a => a.Channel == me.Channel))
        {
            step.Say($"The account that made this code is already linked to another {ChannelName(me.Channel)} account. Type **unlink** in that account first.");
            return step.End();
        }

        step.Context.Emit(new JoinLink(lookup.Hash));
        step.Say($"Linked: this {ChannelName(me.Channel)} account and your {ChannelName(lookup.Owner.Channel)} account are now one person. **list**, **status** and **checklist** show your collaborations from both, and each reminder comes once, in the channel you used last (or type **reminders in slack** or **reminders in teams**). Type **unlink** to separate them again.");
        return step.End();
    }

    private static DialogTurnResult RunUnlink(CommandInvocation i)
    {
        var step = i.Step;
        if (step.Context.Inputs.Get<LinkSnapshot>() is not { } snapshot)
        {
            return step.End();
        }

        if (!snapshot.IsLinked)
        {
            step.Say($"This account is not linked to any other.");
            return step.End();
        }

        step.Context.Emit(new Unlink());
        var others = MarkdownText.Join(" and ", snapshot.Accounts.Where(a => a.Channel != step.Turn.User.Channel).Select(a => (MarkdownText)$"{ChannelName(a.Channel)}"));
        step.Say($"Unlinked: this {ChannelName(step.Turn.User.Channel)} account is on its own again. The collaborations you created here stay with it; those created in {others} stay there.");
        return step.End();
    }

    private static DialogTurnResult RunRemindersIn(CommandInvocation i)
    {
        var step = i.Step;
        if (step.Context.Inputs.Get<LinkSnapshot>() is not { } snapshot)
        {
            return step.End();
        }

        var wanted = i.Arguments.Trim().ToLowerInvariant() switch
        {
            "slack" => ChannelIds.Slack,
            "teams" or "msteams" or "microsoft teams" => ChannelIds.Teams,
            "terminal" or "console" => ChannelIds.Console,
            "last" or "last used" or "auto" => "",
            _ => null,
        };
        if (wanted is null)
        {
            step.Say($"Type **reminders in slack**, **reminders in teams**, or **reminders in last** for the channel you used last.");
            return step.End();
        }

        if (!snapshot.IsLinked)
        {
            step.Say($"Your reminders come to this account: it is not linked to another. Type **link** to link your Teams and Slack accounts first.");
            return step.End();
        }

        if (wanted.Length == 0)
        {
            step.Context.Emit(new SetReminderChannel(null));
            step.Say($"Reminders now come to the channel you used last.");
            return step.End();
        }

        if (snapshot.Accounts.All(a => a.Channel != wanted))
        {
            step.Say($"You have no linked {ChannelName(wanted)} account. Type **link** there first.");
            return step.End();
        }

        step.Context.Emit(new SetReminderChannel(wanted));
        step.Say($"Reminders now come to you in {ChannelName(wanted)}, once each.");
        return step.End();
    }
}
