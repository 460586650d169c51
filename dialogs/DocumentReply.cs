namespace PartnershipBot.Dialogs;

/// <summary>
/// A file the bot drafts for a collaboration (the written agreement). The dialogs only ask for it; each channel
/// delivers it its own way (the terminal writes it and prints the path, Slack uploads it, Teams links the signed-in
/// dashboard download). <see cref="Fallback"/> is what a channel says when it cannot deliver a file.
/// </summary>
public sealed record DocumentReply(string Kind, Guid CollaborationId, string Title) : Reply
{
    public const string Agreement = "agreement";

    /// <summary>The dashboard's download address of this document, relative to the bot's host.</summary>
    public string DashboardPath => $"/dashboard/collaborations/{CollaborationId:D}/{Kind}.docx";

    /// <remarks>Trusted: the path is the code's own, a GUID under a fixed prefix.</remarks>
    public MarkdownText Fallback =>
        MarkdownText.Trusted($"Open the collaboration on the dashboard ({DashboardPath[..DashboardPath.LastIndexOf('/')]}) and press **Download agreement draft**.");
}
