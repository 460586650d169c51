using PartnershipBot.Dialogs;

namespace PartnershipBot.Turns;

/// <summary>
/// Who acted, as evidence keeps it: <c>channel:userId</c> (msteams:29:..., slack:T1:U1, console:dana). Display names
/// can be edited by their owners (Slack) and are kept beside it only for reading.
/// </summary>
public static class ActorIds
{
    public static string Of(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return $"{turn.User.Channel}:{turn.User.Id}";
    }
}
