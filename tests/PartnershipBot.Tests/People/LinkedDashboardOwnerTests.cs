using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Dashboard;
using PartnershipBot.Partnerships;
using PartnershipBot.Tests.Dashboard.Support;
using PartnershipBot.Turns;

namespace PartnershipBot.Tests.People;

/// <summary>
/// The dashboard's owner view follows the person: Olga signs in with Entra (her oid is her Teams account's), and
/// she sees what her linked Slack account created; a Dashboard:OwnerAccounts entry keeps working beside it.
/// </summary>
public sealed class LinkedDashboardOwnerTests
{
    private const string OlgaOid = "0f9a0000-aaaa-4bbb-8ccc-0000000000a1";

    [Fact]
    public async Task EntraUser_SeesTheCollaborationsOfTheirLinkedSlackAccount_AndConfiguredAccountsStill()
    {
        using var factory = EntraTenant.Host(new Dictionary<string, string?> { [$"Dashboard:OwnerAccounts:{OlgaOid}"] = "console:olga" });
        using var _ = factory.CreateClient();
        await factory.Services.GetRequiredService<IConversationAddressStore>().UpsertAsync(new ConversationAddress
        {
            Channel = "msteams", UserId = "29:1olga", ConversationId = "a:1olga", AadObjectId = OlgaOid, TenantId = EntraTenant.TenantId, UpdatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
        var now = DateTimeOffset.UtcNow;
        await using (var db = await factory.Database.CreateContextAsync())
        {
            var person = Guid.NewGuid();
            db.People.Add(new PersonRow { Id = person, CreatedAt = now });
            db.PersonAccounts.AddRange(
                new PersonAccountRow { Channel = "msteams", UserId = "29:1olga", PersonId = person, LinkedAt = now },
                new PersonAccountRow { Channel = "slack", UserId = "T0001:U0OLGA", PersonId = person, LinkedAt = now });
            db.Collaborations.AddRange(Collaboration("Planned in Slack", "slack", "T0001:U0OLGA", now), Collaboration("Someone else's", "slack", "T0001:U0ERIN", now));
            await db.SaveChangesAsync();
        }

        var olga = await factory.Services.GetRequiredService<DashboardAccess>().ViewerAsync(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim("oid", OlgaOid), new Claim("tid", EntraTenant.TenantId)], "test", "name", "roles")), CancellationToken.None);

        Assert.Equal(["console:olga", "msteams:29:1olga", "slack:T0001:U0OLGA"], olga!.Accounts.Select(a => a.ToString()).Order(StringComparer.Ordinal));
        var (page, _) = await factory.Services.GetRequiredService<DashboardQueries>().CollaborationsAsync(olga, new CollaborationFilter(), 50, CancellationToken.None);
        Assert.Equal(["Planned in Slack"], page.Items.Select(c => c.Title));
    }

    private static CollaborationRow Collaboration(string title, string channel, string user, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        Title = title,
        Status = "Draft",
        CreatedByChannel = channel,
        CreatedByUserId = user,
        ConversationKey = $"{channel}:{user}",
        CreatedAt = at,
        UpdatedAt = at,
    };
}
