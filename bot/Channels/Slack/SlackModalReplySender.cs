using System.Globalization;
using PartnershipBot.Dialogs;
using PartnershipBot.Turns;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// For a turn of the interview's modal: the form page goes to the modal (handed to <see cref="OnPage"/> first, so the
/// view_submission can be answered before anything else is sent); everything else the turn says (a safety notice,
/// the submitted assessment and checklist) is posted to the DM, where it stays, as the Teams dialog posts to the chat.
/// The page is handed over with the turn's culture, for the modal's own buttons and title.
/// </summary>
internal sealed class SlackModalReplySender(SlackReplySender poster, Func<FormPageReply?, string?, CultureInfo, Task> onPage) : IReplySender
{
    private IReadOnlyList<Reply>? source;
    private IReadOnlyList<Reply> posted = [];

    /// <summary>Whether the turn's replies reached <see cref="SendAsync"/> (not for a delivery already applied).</summary>
    public bool Sent { get; private set; }

    /// <summary>The replies for the DM (the stored outbox renders these too): all but the form page.</summary>
    public IReadOnlyList<Reply> Posted(IReadOnlyList<Reply> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        if (!ReferenceEquals(source, replies))
        {
            source = replies;
            posted = [.. replies.Where(r => r is not FormPageReply)];
        }

        return posted;
    }

    public void UseCulture(CultureInfo culture) => poster.UseCulture(culture);

    public async Task SendAsync(IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replies);
        Sent = true;
        await onPage(replies.OfType<FormPageReply>().LastOrDefault(), replies.OfType<TextReply>().FirstOrDefault()?.Text, poster.Culture);
        await poster.SendAsync(Posted(replies), cancellationToken);
    }
}
