using System.Diagnostics;
using OpenTelemetry;

namespace PartnershipBot.Telemetry;

/// <summary>
/// Replaces the path and query of capability URLs (<see cref="ICapabilityUrls"/>) in every finished span's tags
/// (url.full and the like) and name, before any exporter sees the span. The host stays, so a slow or failing
/// call to Slack's hooks is still visible.
/// </summary>
public sealed class CapabilityUrlRedactor(IEnumerable<ICapabilityUrls> policies) : BaseProcessor<Activity>
{
    public const string RedactedPath = "/redacted";

    private readonly ICapabilityUrls[] policies = [.. policies];

    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (policies.Length == 0)
        {
            return;
        }

        List<KeyValuePair<string, string>>? redacted = null;
        foreach (var (key, value) in data.TagObjects)
        {
            if (Redact(value?.ToString()) is { } safe)
            {
                (redacted ??= []).Add(new(key, safe));
            }
        }

        foreach (var (key, safe) in redacted ?? [])
        {
            data.SetTag(key, safe);
        }

        if (data.DisplayName.Contains("://", StringComparison.Ordinal) && Redact(data.DisplayName) is { } name)
        {
            data.DisplayName = name;
        }
    }

    /// <summary>The URL with its path and query replaced, when <paramref name="text"/> is a capability URL; otherwise null.</summary>
    private string? Redact(string? text)
    {
        if (text is null || !text.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }

        var at = text.IndexOf("://", StringComparison.Ordinal);
        var start = text.LastIndexOf(' ', at) + 1;
        var end = text.IndexOf(' ', at);
        var candidate = end < 0 ? text[start..] : text[start..end];
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var url) || !policies.Any(p => p.HasSecretPath(url)))
        {
            return null;
        }

        return string.Concat(text.AsSpan(0, start), url.GetLeftPart(UriPartial.Authority), RedactedPath, end < 0 ? "" : text.AsSpan(end));
    }
}
