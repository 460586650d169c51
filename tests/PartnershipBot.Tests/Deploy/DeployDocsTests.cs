using System.Text.RegularExpressions;
using Npgsql;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Deploy;

/// <summary>What docs/deploy.md tells operators to paste: a managed database's connection must check the server's certificate.</summary>
public sealed partial class DeployDocsTests
{
    [Fact]
    public async Task DeployGuide_ManagedPostgreSqlConnectionStrings_VerifyTheServerCertificateAndHost()
    {
        var guide = await File.ReadAllTextAsync(RepoFiles.Path("docs", "deploy.md"));

        // Those naming a server (SERVER.postgres.database.azure.com), not compose's "db" or a "Host=..." placeholder.
        var managed = ConnectionString().Matches(guide).Select(m => m.Value)
            .Where(c => c.Split(';')[0] is var host && host.Contains('.', StringComparison.Ordinal) && !host.EndsWith("...", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(managed);
        Assert.All(managed, c => Assert.Equal(SslMode.VerifyFull, new NpgsqlConnectionStringBuilder(c.Replace("...", "x", StringComparison.Ordinal)).SslMode));
        Assert.DoesNotContain("SSL Mode=Require", guide, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"Host=[^`|\n]+")]
    private static partial Regex ConnectionString();
}
