using Microsoft.AspNetCore.Http;
using PartnershipBot.Channels.Teams;

namespace PartnershipBot.Tests.Teams;

public sealed class LimitedRequestBodyTests
{
    private static HttpRequest Request(byte[] body, bool announce)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(body);
        context.Request.ContentLength = announce ? body.Length : null;
        return context.Request;
    }

    private static byte[] Bytes(int length) => [.. Enumerable.Range(0, length).Select(i => (byte)(i % 251))];

    [Fact]
    public async Task ReadAsync_AnnouncedLengthOverLimit_ReturnsNullWithoutReading()
    {
        var request = Request(Bytes(10), announce: false);
        request.ContentLength = 2_000;

        Assert.Null(await LimitedRequestBody.ReadAsync(request, 1_000, CancellationToken.None));
        Assert.Equal(0, request.Body.Position);
    }

    [Fact]
    public async Task ReadAsync_UnannouncedBodyOverLimit_ReturnsNull()
    {
        Assert.Null(await LimitedRequestBody.ReadAsync(Request(Bytes(20_001), announce: false), 20_000, CancellationToken.None));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(300, true)]
    [InlineData(20_000, false)]
    [InlineData(20_000, true)]
    public async Task ReadAsync_BodyWithinLimit_ReturnsExactlyItsBytes(int length, bool announce)
    {
        var bytes = Bytes(length);

        var body = await LimitedRequestBody.ReadAsync(Request(bytes, announce), 20_000, CancellationToken.None);

        Assert.NotNull(body);
        Assert.Equal(bytes, body);
    }
}
