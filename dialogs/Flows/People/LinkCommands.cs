using System.Globalization;
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

    /// <summary>How the bot names a channel to people: Teams and Slack are names in every language.</summary>
    public static string ChannelName(string channel, CultureInfo culture) => channel switch
    {
        ChannelIds.Teams => "Teams",
        ChannelIds.Slack => "Slack",
        ChannelIds.Console => T.LinkTerminal.In(culture).Value,
        _ => channel,
    };

    private static DialogTurnResult Run(CommandInvocation i)
    {
        var step = i.Step;
        if (!i.Context.Turn.Conversation.IsPersonal)
        {
            step.Say(T.LinkPrivateOnly.In(i.Context.Culture));
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
            step.Say(T.LinkRateLimited.Format(step.Context.Culture, LinkCodes.MaxPerHour));
            return step.End();
        }

        step.Context.Emit(new CreateLinkCode(LinkCodes.Hash(code)));
        var here = ChannelName(step.Turn.User.Channel, step.Context.Culture);
        var other = step.Turn.User.Channel == ChannelIds.Slack ? "Teams" : "Slack";
        step.Say(T.LinkYourCode.Format(step.Context.Culture, LinkCodes.Display(code), other, here));
        return step.End();
    }

    private static DialogTurnResult Join(StepContext<MainDialogState> step, LinkSnapshot snapshot, string typed)
    {
        var culture = step.Context.Culture;
        var me = new LinkedAccount(step.Turn.User.Channel, step.Turn.User.Id);
        var lookup = snapshot.Code;
        if (LinkCodes.Normalize(typed) is null || lookup is null)
        {
            step.Say(T.LinkNotACode.In(culture));
            return step.End();
        }

        if (lookup.Owner == me)
        {
            step.Say(T.LinkOwnCode.Format(culture, typed));
            return step.End();
        }

        if (snapshot.Accounts.Contains(lookup.Owner))
        {
            step.Say(T.LinkAlreadyLinked.In(culture));
            return step.End();
        }

        if (lookup.Used)
        {
            step.Say(T.LinkCodeUsed.In(culture));
            return step.End();
        }

        if (lookup.Expired)
        {
            step.Say(T.LinkCodeExpired.In(culture));
            return step.End();
        }

        if (lookup.Owner.Channel == me.Channel)
        {
            step.Say(T.LinkSameChannel.Format(culture, ChannelName(me.Channel, culture)));
            return step.End();
        }

        if (snapshot.IsLinked)
        {
            step.Say(T.LinkLinkedElsewhere.Format(culture, typed));
            return step.End();
        }

        if (lookup.OwnerAccounts.Any(a => a.Channel == me.Channel))
        {
            step.Say(T.LinkOwnerLinkedElsewhere.Format(culture, ChannelName(me.Channel, culture)));
            return step.End();
        }

        step.Context.Emit(new JoinLink(lookup.Hash));
        step.Say(T.LinkLinked.Format(culture, ChannelName(me.Channel, culture), ChannelName(lookup.Owner.Channel, culture)));
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
            step.Say(T.LinkNotLinked.In(step.Context.Culture));
            return step.End();
        }

        step.Context.Emit(new Unlink());
        var culture = step.Context.Culture;
        var others = MarkdownText.Join(T.LinkJoinAnd.In(culture).Value, snapshot.Accounts.Where(a => a.Channel != step.Turn.User.Channel).Select(a => Markdown.Escape(ChannelName(a.Channel, culture))));
        step.Say(T.LinkUnlinked.Format(culture, ChannelName(step.Turn.User.Channel, culture), others));
        return step.End();
    }

    private static DialogTurnResult RunRemindersIn(CommandInvocation i)
    {
        var step = i.Step;
        if (step.Context.Inputs.Get<LinkSnapshot>() is not { } snapshot)
        {
            return step.End();
        }

        var culture = step.Context.Culture;
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
            step.Say(T.LinkRemindersUsage.In(culture));
            return step.End();
        }

        if (!snapshot.IsLinked)
        {
            step.Say(T.LinkRemindersNotLinked.In(culture));
            return step.End();
        }

        if (wanted.Length == 0)
        {
            step.Context.Emit(new SetReminderChannel(null));
            step.Say(T.LinkRemindersLast.In(culture));
            return step.End();
        }

        if (snapshot.Accounts.All(a => a.Channel != wanted))
        {
            step.Say(T.LinkRemindersNoAccount.Format(culture, ChannelName(wanted, culture)));
            return step.End();
        }

        step.Context.Emit(new SetReminderChannel(wanted));
        step.Say(T.LinkRemindersIn.Format(culture, ChannelName(wanted, culture)));
        return step.End();
    }
}
