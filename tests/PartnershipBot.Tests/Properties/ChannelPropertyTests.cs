using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Channels.Teams;

namespace PartnershipBot.Tests.Properties;

/// <summary>
/// What comes from outside (Slack bodies and signatures, Activity JSON) and what user text becomes in Slack
/// mrkdwn: no exception but the documented one, and user text never turns into markup.
/// </summary>
public sealed class ChannelPropertyTests
{
    // Text users type, weighted towards Slack's and markdown's special characters.
    private static readonly Gen<string> UserText = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char["<>&!@#*_~`[]()|:/\\-. achnelertU0123hps"], 0, 60],
        Pick("<!channel>", "<!here|here>", "<@U0123ABC>", "<https://evil.example|click>", "[click](https://evil.example)",
            "&lt;!channel&gt;", "**bold**", "<at>Sam</at>", "&amp;lt;", "&"));

    [Fact]
    public void SlackEscape_AnyUserText_HasNoControlSequence() =>
        UserText.Sample(text =>
        {
            var escaped = SlackMrkdwn.Escape(text);
            return !escaped.Contains('<', StringComparison.Ordinal) && !escaped.Contains('>', StringComparison.Ordinal) && EntitiesOnly(escaped);
        });

    [Fact]
    public void SlackEscape_RoundTripsThroughWhatSlackShows() =>
        UserText.Sample(text => SlackMrkdwn.Unescape(SlackMrkdwn.Escape(text)) == text);

    [Fact]
    public void SlackFromMarkdown_AnyText_ProducesNoMentionOrChannelPing() =>
        UserText.Sample(text =>
        {
            var mrkdwn = SlackMrkdwn.FromMarkdown(text);
            // Every '<' Slack would read as a control sequence is one the renderer made, and those are only links.
            foreach (var start in Indexes(mrkdwn, '<'))
            {
                var rest = mrkdwn[(start + 1)..];
                if (!rest.StartsWith("http://", StringComparison.Ordinal) && !rest.StartsWith("https://", StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return EntitiesOnly(mrkdwn.Replace("<", "", StringComparison.Ordinal).Replace(">", "", StringComparison.Ordinal));
        });

    [Fact]
    public void SlackToPlain_AnyText_IsFreeOfControlSequences() =>
        UserText.Sample(text => !SlackMrkdwn.ToPlain(text).Contains('<', StringComparison.Ordinal));

    [Fact]
    public void SlackTruncate_AnyText_StaysWithinTheLimitAndEndsOutsideAnEntity() =>
        Gen.Select(UserText, Gen.Int[8, 200]).Sample((text, max) =>
        {
            var cut = SlackMrkdwn.Truncate(SlackMrkdwn.Escape(text), max);
            return cut.Length <= max && EntitiesOnly(cut);
        });

    [Fact]
    public void SlackFormBody_AnyBytes_ParsesWithoutException() =>
        Gen.OneOf(Gen.String, Gen.String[Gen.Char["=&%+abc0123456789ABCDEF"], 0, 80]).Sample(body =>
        {
            var form = QueryHelpers.ParseQuery(body);
            if (form.TryGetValue("payload", out var payload))
            {
                try
                {
                    _ = JsonNode.Parse(payload.ToString());
                }
                catch (JsonException)
                {
                }
            }
        });

    [Fact]
    public void SlackSignature_AnyHeadersAndBody_IsValidOnlyWhenSignedWithTheSecret()
    {
        var now = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
        var verifier = new SlackSignatureVerifier(new FakeTimeProvider(now));
        var stamp = now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Gen.Select(Gen.String, Gen.OneOf(Gen.String, Gen.Const(stamp)), Gen.OneOf(Gen.String, Gen.Const("v0="), Gen.String[Gen.Char["v0=abcdef0123456789"], 0, 70]))
            .Sample((body, timestamp, signature) =>
            {
                var bytes = Encoding.UTF8.GetBytes(body);
                var forged = verifier.Verify("secret", timestamp, signature, bytes);
                var signed = verifier.Verify("secret", stamp, SlackSignatureVerifier.Sign("secret", stamp, bytes), bytes);
                var none = verifier.Verify(null, timestamp, signature, bytes);
                return (forged != SlackSignatureResult.Valid || signature == SlackSignatureVerifier.Sign("secret", timestamp, bytes))
                    && signed == SlackSignatureResult.Valid && none != SlackSignatureResult.Valid;
            });
    }

    private static readonly Gen<string> ActivityJson = Gen.OneOf(
        Gen.String,
        Pick("{", "}", "[", "]", "\"type\"", ":", ",", "\"message\"", "\"from\"", "{\"id\":1}", "\"timestamp\"", "\"2025-01-01T00:00:00Z\"",
            "\"entities\"", "[{\"type\":\"mention\"}]", "\"value\"", "null", "true", "3.5e400", "\"\\ud800\"", "\"conversation\"", "{}")
            .Array[0, 20].Select(parts => string.Concat(parts)));

    [Fact]
    public void ActivityJson_AnyText_FailsOnlyWithJsonException() =>
        ActivityJson.Sample(json =>
        {
            try
            {
                var activity = JsonSerializer.Deserialize<Activity>(json, TeamsJson.Options);
                if (activity is not null)
                {
                    _ = TeamsTurnMapper.IsPersonal(activity);
                    _ = TeamsTurnMapper.CleanText(activity);
                    _ = GroupChatRouter.MentionsBot(activity);
                    _ = TeamsTurnMapper.ActionFromValue(activity.Value);
                    _ = TeamsTurnMapper.ActionFromInvoke(activity.Value);
                }
            }
            catch (JsonException)
            {
            }
        });

    private static IEnumerable<int> Indexes(string text, char c)
    {
        for (var i = text.IndexOf(c, StringComparison.Ordinal); i >= 0; i = text.IndexOf(c, i + 1))
        {
            yield return i;
        }
    }

    // After escaping, every '&' starts one of the three entities Slack decodes.
    private static bool EntitiesOnly(string text)
    {
        for (var i = text.IndexOf('&', StringComparison.Ordinal); i >= 0; i = text.IndexOf('&', i + 1))
        {
            var rest = text.AsSpan(i);
            if (!rest.StartsWith("&amp;") && !rest.StartsWith("&lt;") && !rest.StartsWith("&gt;"))
            {
                return false;
            }
        }

        return true;
    }

    private static Gen<string> Pick(params string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);
}

/// <summary>User text inside the bot's own markdown, as the dialogs and reminder messages put it there.</summary>
public sealed class UserTextMarkupTests
{
    private static readonly Gen<string> UserText = Gen.OneOf(
        Gen.String[Gen.Char["<>&!@#*_~`[]()|:/\\-. achnelertU0123hps"], 0, 60],
        Gen.Int[0, 5].Select(i => new[] { "<!channel>", "<@U0123ABC>", "<https://evil.example|click>", "[click](https://evil.example)", "**bold** _it_ ~s~ `c`", "<at>Sam</at>" }[i]));

    [Fact]
    public void SlackFromMarkdown_EscapedUserText_MakesNoLinkMentionOrFormatting() =>
        UserText.Sample(text =>
        {
            var mrkdwn = PartnershipBot.Channels.Slack.SlackMrkdwn.FromMarkdown($"**Title**: {PartnershipBot.Dialogs.Markdown.Escape(text)}");
            var user = mrkdwn["*Title*: ".Length..];
            return mrkdwn.StartsWith("*Title*: ", StringComparison.Ordinal) && user.IndexOfAny(['<', '>', '*', '_', '~', '`']) < 0;
        });

    [Fact]
    public void ConsolePlain_EscapedUserText_RoundTrips() =>
        UserText.Sample(text => PartnershipBot.Channels.Console.ConsoleRenderer.Plain(PartnershipBot.Dialogs.Markdown.Escape(text)) == text);
}
