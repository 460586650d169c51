using System.Text.Json;
using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs;
using PartnershipBot.Dialogs.Texts;
using PartnershipBot.Documents;
using PartnershipBot.Texts;
using PartnershipBot.Turns;

namespace PartnershipBot.Channels.Teams;

/// <summary>Routes an authenticated activity by type and turns it into dialog turns.</summary>
internal sealed class TeamsActivityHandler(
    ITurnProcessor processor,
    ITeamsConnector connector,
    IInboundDeduplicator deduplicator,
    GroupChatRouter groups,
    SentCardStore cards,
    TeamsOutbox outbox,
    TeamsApprovalInvoke approvals,
    TeamsApprovalDialog approvalDialog,
    TeamsSafetyReceipts safetyReceipts,
    TimeProvider clock,
    IOptions<TeamsOptions> options,
    IOptions<DocumentOptions> documents,
    ILogger<TeamsActivityHandler> logger)
{
    public const string AdaptiveCardInvoke = "adaptiveCard/action";

    public async Task<IResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(activity, cancellationToken);
                return Results.Ok();
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateAsync(activity, cancellationToken);
                return Results.Ok();
            case ActivityTypes.Invoke when activity.Name == AdaptiveCardInvoke:
                return await OnAdaptiveCardActionAsync(activity, cancellationToken);
            case ActivityTypes.Invoke when TeamsDialogInvoke.Handles(activity.Name):
                return await OnDialogAsync(activity, cancellationToken);
            case ActivityTypes.Invoke:
                TeamsLog.UnknownInvoke(logger, activity.Name);
                return Results.StatusCode(StatusCodes.Status501NotImplemented);
            default:
                TeamsLog.Ignored(logger, activity.Type, activity.Id);
                return Results.Ok();
        }
    }

    private async Task OnMessageAsync(Activity activity, CancellationToken cancellationToken)
    {
        var turn = TeamsTurnMapper.ToTurn(activity, clock.GetUtcNow());
        if (!TeamsTurnMapper.IsPersonal(activity))
        {
            await OnGroupMessageAsync(activity, turn, cancellationToken);
            return;
        }

        await RunAsync(turn, new TeamsReplySender(connector, activity, cards, documents.Value.PublicBaseUrl), DeliveryOf(activity, activity.From!), cancellationToken);
    }

    private async Task OnGroupMessageAsync(Activity activity, Turn turn, CancellationToken cancellationToken)
    {
        // A click on a card in a group may be anyone's: refuse it rather than apply it to the clicker's own review.
        if (activity.Value is { ValueKind: JsonValueKind.Object })
        {
            TeamsLog.GroupCardRefused(logger, activity.Id);
            await groups.NoteAsync(activity, Say.GroupCardIsPersonal.In(Languages.For(activity.Locale)), cancellationToken);
            return;
        }

        if (!GroupChatRouter.MentionsBot(activity))
        {
            TeamsLog.NotMentioned(logger, activity.Id);
            return;
        }

        var chat = await groups.OpenPersonalChatAsync(activity, cancellationToken);
        if (chat is null)
        {
            await groups.NoteAsync(activity, Say.GroupNoPersonalChat.In(Languages.For(activity.Locale)), cancellationToken);
            return;
        }

        // A redelivered @mention was applied already, and the group has its note: do not post it twice.
        if (await RunAsync(GroupChatRouter.InPersonalChat(turn, chat), new TeamsReplySender(connector, chat.Activity, cards, documents.Value.PublicBaseUrl), DeliveryOf(activity, activity.From!) with { Address = chat.Address }, cancellationToken))
        {
            await groups.NoteAsync(activity, Say.GroupMovedToPersonalChat.In(Languages.For(activity.Locale)), cancellationToken);
        }
    }

    private async Task OnConversationUpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        var botId = activity.Recipient?.Id;
        var added = activity.MembersAdded ?? [];
        if (!TeamsTurnMapper.IsPersonal(activity))
        {
            // The welcome card is personal; a group only hears, once, how to start in a 1:1 chat.
            if (added.Any(m => m.Id == botId)
                && await deduplicator.TryMarkSeenAsync($"teams-welcome:{activity.Conversation!.Id}:{botId}", cancellationToken))
            {
                await groups.NoteAsync(activity, Say.GroupWelcome.In(Languages.For(activity.Locale)), cancellationToken);
            }

            return;
        }

        var newcomers = new List<ChannelAccount>();
        foreach (var member in added)
        {
            // The bot itself being added means "installed": greet whoever installed it.
            var person = member.Id == botId ? activity.From : member;
            if (person?.Id is { Length: > 0 } && person.Id != botId && newcomers.All(n => n.Id != person.Id))
            {
                newcomers.Add(person);
            }
        }

        foreach (var person in newcomers)
        {
            // Once per person and conversation, however often Teams reports the install.
            var welcome = new UserAction(CardIds.Welcome, new Dictionary<string, string>());
            var turn = TeamsTurnMapper.ToTurn(activity, clock.GetUtcNow(), person, welcome);
            var delivery = new TurnDelivery { Address = AddressOf(activity, person), Key = $"teams-welcome:{activity.Conversation!.Id}:{person.Id}" };
            await RunAsync(turn, new TeamsReplySender(connector, activity, cards, documents.Value.PublicBaseUrl), delivery, cancellationToken);
        }
    }

    private async Task<IResult> OnAdaptiveCardActionAsync(Activity activity, CancellationToken cancellationToken)
    {
        // A review card is posted to a channel or a reviewer's chat: its actions are decisions, not the clicker's turn.
        if (TeamsTurnMapper.ActionFromInvoke(activity.Value) is { } review && TeamsApprovalInvoke.Handles(review))
        {
            return await approvals.HandleAsync(activity, review, cancellationToken);
        }

        // A safety report's "Mark received" is clicked in the pharmacovigilance channel, not in a personal chat.
        if (TeamsSafetyReceipts.IsReceipt(activity))
        {
            return await safetyReceipts.ReceiveAsync(activity, cancellationToken);
        }

        if (!TeamsTurnMapper.IsPersonal(activity))
        {
            // Only the clicker sees an invoke response, so the refusal stays private.
            TeamsLog.GroupCardRefused(logger, activity.Id);
            return InvokeResponses.Message(Say.GroupCardIsPersonal.Plain(Languages.For(activity.Locale)));
        }

        var action = TeamsTurnMapper.ActionFromInvoke(activity.Value);
        if (action is null)
        {
            return InvokeResponses.Error(StatusCodes.Status400BadRequest, "BadRequest", "The card action carried no verb or data.");
        }

        var turn = TeamsTurnMapper.ToTurn(activity, clock.GetUtcNow(), action: action);
        var sender = new InvokeReplySender(connector, activity, cards, documents.Value.PublicBaseUrl);
        try
        {
            await processor.ProcessAsync(turn, sender, DeliveryOf(activity, activity.From!), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The processor answers a failed turn itself; this is a failed send of its answer.
            TeamsLog.TurnFailed(logger, ex, turn.Id);
            return InvokeResponses.Error(StatusCodes.Status500InternalServerError, "InternalError", TurnMessages.SomethingWentWrong(turn.Culture).Value);
        }

        if (sender.RefreshedCard is { } card)
        {
            return InvokeResponses.Card(TeamsActivityRenderer.CardOf(card, sender.Culture));
        }

        return InvokeResponses.Message(sender.Message ?? Say.TeamsActionDone.Plain(sender.Culture));
    }

    /// <summary>
    /// The interview's dialog (task module), opened from a "Fill in a form" button or the message extension's "Plan
    /// a collaboration": each open and page is a turn of the clicker's 1:1 conversation, so state, audit and the
    /// safety check apply as to a typed answer.
    /// </summary>
    private async Task<IResult> OnDialogAsync(Activity activity, CancellationToken cancellationToken)
    {
        // The review comment's dialog is opened from the review card, in the review channel: a decision, not a turn.
        if (TeamsApprovalDialog.Handles(activity))
        {
            return await approvalDialog.HandleAsync(activity, cancellationToken);
        }

        if (!TeamsTurnMapper.IsPersonal(activity))
        {
            TeamsLog.GroupCardRefused(logger, activity.Id);
            return TaskModuleResponses.Message(Say.TeamsDialogPersonalOnly.Plain(Languages.For(activity.Locale)));
        }

        if (TeamsDialogInvoke.ActionOf(activity) is not { } action)
        {
            return TaskModuleResponses.Message(Say.TeamsDialogUnknown.Plain(Languages.For(activity.Locale)));
        }

        var turn = TeamsTurnMapper.ToTurn(activity, clock.GetUtcNow(), action: action);
        var sender = new TaskModuleReplySender(connector, activity, cards, documents.Value.PublicBaseUrl);
        try
        {
            await processor.ProcessAsync(turn, sender, DeliveryOf(activity, activity.From!), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            TeamsLog.TurnFailed(logger, ex, turn.Id);
            return TaskModuleResponses.Message(TurnMessages.SomethingWentWrong(turn.Culture).Value);
        }

        if (sender.Page is { } page)
        {
            return TaskModuleResponses.Continue(Markdown.Unescape(page.Title.Value), TeamsFormCard.Render(page, sender.Culture));
        }

        // Submitted (the assessment and the checklist are in the chat), or a repeat of a delivery already answered.
        return TaskModuleResponses.Message(sender.FirstText is { } text ? Markdown.Unescape(text).Replace("**", "", StringComparison.Ordinal) : Say.TeamsDialogDone.Plain(sender.Culture));
    }

    /// <returns>False when the delivery was a repeat of one already applied (the processor answers it with nothing).</returns>
    private async Task<bool> RunAsync(Turn turn, TeamsReplySender sender, TurnDelivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            if (turn.Text is not null)
            {
                sender.StartTyping(options.Value.TypingDelay, clock, cancellationToken);
            }

            if (delivery.Key is { } key)
            {
                delivery = delivery with { Receipt = outbox.ReceiptFor(key, sender) };
            }

            if ((await processor.ProcessAsync(turn, sender, delivery, cancellationToken)).Count > 0)
            {
                if (delivery.Key is { } sent && TeamsOutbox.Kept(delivery.Receipt))
                {
                    await outbox.MarkSentAsync(sent, cancellationToken);
                }

                return true;
            }

            // A repeat: its first delivery was saved; if the process stopped before sending, the replies are owed.
            if (delivery.Key is { } repeated)
            {
                await outbox.ResendAsync(repeated, connector, cancellationToken);
            }

            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The processor answers a failed turn itself (TurnMessages); what reaches here is a reply the connector
            // refused, which another reply would not get through. Answer 200 anyway: a 5xx makes the connector
            // retry a turn that already ran.
            TeamsLog.TurnFailed(logger, ex, turn.Id);
            return true;
        }
        finally
        {
            await sender.StopTypingAsync();
        }
    }

    // The connector redelivers an activity (messages and card invokes alike) when it saw no answer; the id makes
    // the redelivery a no-op once the first delivery's turn is saved.
    private TurnDelivery DeliveryOf(Activity activity, ChannelAccount person) => new()
    {
        Address = AddressOf(activity, person),
        Key = activity.Id is { Length: > 0 } id ? $"teams-activity:{activity.Conversation!.Id}:{id}" : null,
    };

    // Stored from group conversations too: the proactive messenger opens the 1:1 chat from tenant, bot and user.
    private ConversationAddress AddressOf(Activity activity, ChannelAccount person) =>
        TeamsTurnMapper.ToAddress(activity, clock.GetUtcNow()) with { UserId = person.Id!, AadObjectId = person.AadObjectId };
}
