using System.Buffers;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// The gate in front of every Slack endpoint: channel enabled, body within the limit, signature valid.
/// Nothing about the body is looked at before the signature checks out.
/// </summary>
public sealed class SlackRequestReader(IOptionsMonitor<SlackOptions> options, SlackSignatureVerifier verifier, ILogger<SlackRequestReader> logger)
{
    public const string Form = "application/x-www-form-urlencoded";
    public const string Json = "application/json";

    /// <param name="mediaType">What Slack sends to this endpoint (<see cref="Form"/> or <see cref="Json"/>); anything else is 415.</param>
    public async Task<(byte[]? Body, IResult? Refusal)> ReadVerifiedAsync(HttpContext context, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = options.CurrentValue;
        var path = context.Request.Path.Value ?? "";
        if (context.Features.Get<SlackSocketDelivery>() is { } socket)
        {
            // Came over the Socket Mode WebSocket, which Slack authenticated when it was opened with the app token:
            // no signature to check, the same limits on what it holds.
            return Checked(socket.Body, settings.MaxRequestBodyBytes, context.Request.ContentType, mediaType, path);
        }

        if (!settings.IsEnabled)
        {
            return (null, Results.Problem("The Slack channel is not configured on this server (Slack:SigningSecret is missing).", statusCode: StatusCodes.Status503ServiceUnavailable));
        }

        var limit = settings.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            SlackLog.Refused(logger, path, "body too large");
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        var body = await ReadLimitedAsync(context.Request.Body, limit, context.RequestAborted);
        if (body is null)
        {
            SlackLog.Refused(logger, path, "body too large");
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        var result = verifier.Verify(
            settings.SigningSecret,
            context.Request.Headers[SlackSignatureVerifier.TimestampHeader].ToString(),
            context.Request.Headers[SlackSignatureVerifier.SignatureHeader].ToString(),
            body);
        if (result != SlackSignatureResult.Valid)
        {
            SlackLog.Refused(logger, path, result.ToString());
            return (null, Results.Unauthorized());
        }

        if (!IsMediaType(context.Request.ContentType, mediaType))
        {
            SlackLog.Refused(logger, path, "unexpected content type");
            return (null, Results.StatusCode(StatusCodes.Status415UnsupportedMediaType));
        }

        return (body, null);
    }

    private (byte[]? Body, IResult? Refusal) Checked(byte[] body, int limit, string? contentType, string mediaType, string path)
    {
        if (body.Length > limit)
        {
            SlackLog.Refused(logger, path, "body too large");
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        return IsMediaType(contentType, mediaType) ? (body, null) : (null, Results.StatusCode(StatusCodes.Status415UnsupportedMediaType));
    }

    private static bool IsMediaType(string? contentType, string mediaType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && string.Equals(parsed.MediaType.Value, mediaType, StringComparison.OrdinalIgnoreCase);

    private static async Task<byte[]?> ReadLimitedAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(8192);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
