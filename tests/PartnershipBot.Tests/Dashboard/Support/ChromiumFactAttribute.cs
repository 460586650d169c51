namespace PartnershipBot.Tests.Dashboard.Support;

/// <summary>
/// A browser test on Debian's Chromium. Skipped, with the reason, only when Chromium is missing outside CI; in CI
/// (the CI variable set) it always runs, so a missing browser fails rather than passing quietly.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = $"Chromium is not installed at {ChromiumPath} (./test.sh installs it with apt-get); browser test skipped outside CI.";
        }
    }
}
