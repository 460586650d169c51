namespace PartnershipBot.Tests.Dashboard.Support;

/// <summary>The dashboard over <see cref="ReviewSeed"/>'s collaborations, with its reviewers configured.</summary>
public sealed class ReviewSite() : IAsyncLifetime
{
    public DashboardSite Site { get; } = new(ReviewSeed.SeedAsync, ReviewSeed.Settings);

    public Task InitializeAsync() => Site.InitializeAsync();

    public Task DisposeAsync() => Site.DisposeAsync();
}

/// <summary>One review site for the review tests; they decide different collaborations, so their order does not matter.</summary>
[CollectionDefinition(Name)]
public sealed class ReviewSiteCollection : ICollectionFixture<ReviewSite>
{
    public const string Name = "dashboard review site";
}
