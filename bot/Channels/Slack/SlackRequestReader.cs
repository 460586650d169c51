using System.Buffers;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Channels.Slack;

/// <summary>
/// The gate in front of every Slack endpoint: channel enabled, body within the limit, signature valid.
/// Nothing about the body is looked at before the signature checks out.
/// </summary>
public sealed class SlackRequestReader(IOptionsMonitor<SlackOptions> options, SlackSignatureVerifier verifier, ILogger<SlackRequestReader> logger)
{
    public async Task<(byte[]? Body, IResult? Refusal)> ReadVerifiedAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = options.CurrentValue;
        var path = context.Request.Path.Value ?? "";
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

        return (body, null);
    }

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
