namespace PartnershipBot.Documents;

/// <summary>Settings of the drafted documents (section <c>Documents</c>).</summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>Where the terminal chat writes the files it drafts; relative paths are under the working folder.</summary>
    public string Folder { get; set; } = "documents";

    /// <summary>
    /// The bot's public https address (e.g. https://bot.example.com), for the dashboard download links Teams replies
    /// with. Unset: Teams names the dashboard page to open instead of linking it.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }
}
