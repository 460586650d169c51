namespace PartnershipBot.Turns;

/// <summary>
/// Thrown by an <see cref="IEffectHandler"/> when what the dialogs decided on no longer holds in the transaction
/// (a one-time link code another instance spent a moment ago). The turn's write is undone and the turn runs
/// again on fresh snapshots, like a lost ETag race, so the user is told what is true now.
/// </summary>
public sealed class EffectConflictException : Exception
{
    public EffectConflictException()
    {
    }

    public EffectConflictException(string message)
        : base(message)
    {
    }

    public EffectConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
