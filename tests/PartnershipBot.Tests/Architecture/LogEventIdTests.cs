using System.Reflection;
using Microsoft.Extensions.Logging;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.Architecture;

/// <summary>
/// Every log line of the bot has its own event id, in its folder's range, so an alert or a query on an id means one
/// thing (Teams and Slack once both used 1, 2, 3...).
/// </summary>
public sealed class LogEventIdTests
{
    private static readonly Dictionary<string, int> RangeOfFolder = new(StringComparer.Ordinal)
    {
        ["PartnershipBot.Data"] = 1000,
        ["PartnershipBot.Turns"] = 2000,
        ["PartnershipBot.Partnerships"] = 3000,
        ["PartnershipBot.Reminders"] = 4000,
        ["PartnershipBot.Channels.Teams"] = 5000,
        ["PartnershipBot.Channels.Slack"] = 6000,
        ["PartnershipBot.Channels.Console"] = 7000,
        ["PartnershipBot.Dashboard"] = 8000,
        ["PartnershipBot.Hosting"] = 9000,
        ["PartnershipBot.Safety"] = 10000,
        ["PartnershipBot.Documents"] = 11000,
        ["PartnershipBot.Approvals"] = 12000,
    };

    private static readonly List<(MethodInfo Method, int Id)> Messages = [.. typeof(ITurnProcessor).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        .Select(m => (Method: m, Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
        .Where(x => x.Attribute is not null)
        .Select(x => (x.Method, x.Attribute!.EventId))];

    [Fact]
    public void LoggerMessages_NoTwoShareAnEventId()
    {
        Assert.NotEmpty(Messages);
        var shared = Messages.GroupBy(m => m.Id).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => $"{m.Method.DeclaringType!.Name}.{m.Method.Name}"))}").ToList();

        Assert.True(shared.Count == 0, "Event ids used twice: " + string.Join("; ", shared));
    }

    [Fact]
    public void LoggerMessages_UseTheirFoldersRange()
    {
        foreach (var (method, id) in Messages)
        {
            var folder = method.DeclaringType!.Namespace!;
            Assert.True(RangeOfFolder.TryGetValue(folder, out var start), $"{folder} has no event id range");
            Assert.True(id >= start && id < start + 1000, $"{method.DeclaringType.Name}.{method.Name} has id {id}, outside {folder}'s {start}-{start + 999}");
        }
    }
}
