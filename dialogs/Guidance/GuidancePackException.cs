namespace PartnershipBot.Dialogs.Guidance;

/// <summary>A content pack that cannot be used, with every problem found ("file:line: field: message").</summary>
public sealed class GuidancePackException(IReadOnlyList<string> errors)
    : Exception("The guidance content pack is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
