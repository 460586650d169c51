using PartnershipBot.Dialogs.Texts;

namespace PartnershipBot.Texts;

/// <summary>
/// The host's text files (the dialogs have theirs in <see cref="TextSets"/>), each named through <see cref="Say"/>:
/// Messages (what the host says when a turn cannot run, the console), Cards (Teams and Slack card and view chrome,
/// the App Home), Notices (what is sent outside a turn: reminders, review and safety notices), Dashboard (the web
/// pages), Documents (agreement drafts, publications, evidence packs).
/// </summary>
public static class HostTexts
{
    public static TextSet Messages { get; } = new("PartnershipBot.Texts.Messages", typeof(HostTexts).Assembly);

    public static TextSet Cards { get; } = new("PartnershipBot.Texts.Cards", typeof(HostTexts).Assembly);

    public static TextSet Notices { get; } = new("PartnershipBot.Texts.Notices", typeof(HostTexts).Assembly);

    public static TextSet Dashboard { get; } = new("PartnershipBot.Texts.Dashboard", typeof(HostTexts).Assembly);

    public static TextSet Documents { get; } = new("PartnershipBot.Texts.Documents", typeof(HostTexts).Assembly);

    public static IReadOnlyList<TextSet> All { get; } = [Messages, Cards, Notices, Dashboard, Documents];
}
