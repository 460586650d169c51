using System.Text;
using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Channels.Slack;

namespace PartnershipBot.Tests.Slack;

public sealed class SlackSignatureVerifierTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("token=x&team_id=T1&command=%2Fpartnership&text=new");

    private readonly SlackSignatureVerifier _verifier = new(new FakeTimeProvider(Now));

    private static string Ts(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Sign_SlackDocumentationExample_MatchesPublishedSignature()
    {
        // The worked example from Slack's "Verifying requests from Slack" guide.
        const string body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

        var signature = SlackSignatureVerifier.Sign(Secret, "1531420618", Encoding.UTF8.GetBytes(body));

        Assert.Equal("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", signature);
    }

    [Fact]
    public void Verify_ValidSignature_IsValid()
    {
        var ts = Ts(Now);
        Assert.Equal(SlackSignatureResult.Valid, _verifier.Verify(Secret, ts, SlackSignatureVerifier.Sign(Secret, ts, Body), Body));
    }

    [Fact]
    public void Verify_TamperedBody_IsBadSignature()
    {
        var ts = Ts(Now);
        var signature = SlackSignatureVerifier.Sign(Secret, ts, Body);
        var tampered = Encoding.UTF8.GetBytes("token=x&team_id=T1&command=%2Fpartnership&text=list");

        Assert.Equal(SlackSignatureResult.BadSignature, _verifier.Verify(Secret, ts, signature, tampered));
    }

    [Fact]
    public void Verify_WrongSecret_IsBadSignature()
    {
        var ts = Ts(Now);
        Assert.Equal(SlackSignatureResult.BadSignature, _verifier.Verify(Secret, ts, SlackSignatureVerifier.Sign("another-secret", ts, Body), Body));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-86_400)]
    public void Verify_TimestampOutsideFiveMinutes_IsStale(int offsetSeconds)
    {
        var ts = Ts(Now.AddSeconds(offsetSeconds));
        Assert.Equal(SlackSignatureResult.StaleTimestamp, _verifier.Verify(Secret, ts, SlackSignatureVerifier.Sign(Secret, ts, Body), Body));
    }

    [Theory]
    [InlineData(-299)]
    [InlineData(299)]
    public void Verify_TimestampWithinFiveMinutes_IsValid(int offsetSeconds)
    {
        var ts = Ts(Now.AddSeconds(offsetSeconds));
        Assert.Equal(SlackSignatureResult.Valid, _verifier.Verify(Secret, ts, SlackSignatureVerifier.Sign(Secret, ts, Body), Body));
    }

    [Theory]
    [InlineData(null, "v0=abc")]
    [InlineData("1740830400", null)]
    [InlineData("", "")]
    public void Verify_MissingHeaders_IsMissingHeaders(string? timestamp, string? signature) =>
        Assert.Equal(SlackSignatureResult.MissingHeaders, _verifier.Verify(Secret, timestamp, signature, Body));

    [Theory]
    [InlineData("-1740830400")]
    [InlineData("17408e4")]
    [InlineData("99999999999999999999999")]
    public void Verify_MalformedTimestamp_IsBadTimestamp(string timestamp) =>
        Assert.Equal(SlackSignatureResult.BadTimestamp, _verifier.Verify(Secret, timestamp, "v0=00", Body));

    [Fact]
    public void Verify_NoSecretConfigured_FailsClosed()
    {
        var ts = Ts(Now);
        Assert.Equal(SlackSignatureResult.NoSecret, _verifier.Verify("", ts, SlackSignatureVerifier.Sign("", ts, Body), Body));
        Assert.Equal(SlackSignatureResult.NoSecret, _verifier.Verify(null, ts, "v0=00", Body));
    }
}
