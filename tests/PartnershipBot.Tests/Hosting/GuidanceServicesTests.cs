using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Guidance;
using PartnershipBot.Hosting;

namespace PartnershipBot.Tests.Hosting;

/// <summary>The content pack loads in the background, but a broken one still stops start-up.</summary>
public sealed class GuidanceServicesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("pb-guidance-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static IHost Build(string? contentPath)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [GuidanceServices.ContentPathKey] = contentPath });
        builder.Services.AddGuidance(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public async Task StartAsync_BrokenPack_FailsWithEveryProblemListed()
    {
        var path = Path.Combine(folder, "broken.yaml");
        await File.WriteAllTextAsync(path, "sources: [\n");
        using var host = Build(path);

        var error = await Assert.ThrowsAsync<GuidancePackException>(() => host.StartAsync());

        Assert.NotEmpty(error.Errors);
        Assert.Throws<GuidancePackException>(() => host.Services.GetRequiredService<DialogRunner>());
    }

    [Fact]
    public async Task StartAsync_DefaultPack_StartsAndServesThePackAndTheDialogs()
    {
        using var host = Build(contentPath: null);

        await host.StartAsync();

        Assert.NotEmpty(host.Services.GetRequiredService<GuidancePack>().Questions);
        Assert.NotNull(host.Services.GetRequiredService<DialogRunner>());
        await host.StopAsync();
    }
}
