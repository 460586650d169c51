using System.Text.Json.Nodes;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Teams.Support;

/// <summary>Recorded activities under Teams/Fixtures, with the fake connector's URL put in as serviceUrl.</summary>
public static class Fixtures
{
    public static string RepoFile(params string[] parts) => RepoFiles.Path(parts);

    public static string Raw(string name, string serviceUrl) =>
        File.ReadAllText(RepoFile("tests", "PartnershipBot.Tests", "Teams", "Fixtures", name + ".json"))
            .Replace("{{SERVICE_URL}}", serviceUrl, StringComparison.Ordinal)
            .Replace("{{BOT_APP_ID}}", TeamsBotFactory.AppId, StringComparison.Ordinal);

    /// <summary>
    /// The fixture with its activity and conversation ids made unique to <paramref name="run"/>, so a persistent
    /// deduplicator never mistakes a rerun for a retry; pass the same run for several activities of one chat.
    /// </summary>
    public static JsonObject Load(string name, string serviceUrl, string? run = null)
    {
        run ??= Guid.NewGuid().ToString("N")[..12];
        var activity = JsonNode.Parse(Raw(name, serviceUrl))!.AsObject();
        activity["id"] = $"{(string?)activity["id"]}-{Guid.NewGuid():N}";
        activity["conversation"]!["id"] = $"{(string?)activity["conversation"]!["id"]}-{run}";
        return activity;
    }
}
