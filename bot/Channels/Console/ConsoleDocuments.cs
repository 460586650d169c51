using System.Globalization;
using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs;
using PartnershipBot.Documents;
using PartnershipBot.Texts;

namespace PartnershipBot.Channels.Console;

/// <summary>The terminal's way to deliver a drafted document: write it under the documents folder and say where.</summary>
public sealed class ConsoleDocuments(AgreementDocuments agreements, IOptions<DocumentOptions> options)
{
    /// <summary>The line to print in the chat's language: the file's full path, or why there is none.</summary>
    public async Task<string> DeliverAsync(DocumentReply reply, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var document = reply.Kind == DocumentReply.Agreement ? await agreements.DraftAsync(reply.CollaborationId, cancellationToken) : null;
        if (document is null)
        {
            return Say.ConsoleDocumentNotFound.In(culture).Value;
        }

        var folder = Path.GetFullPath(options.Value.Folder);
        Directory.CreateDirectory(folder);

        // The collaboration id keeps two collaborations with the same title apart.
        var path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(document.FileName)}-{reply.CollaborationId.ToString("N")[..8]}{Path.GetExtension(document.FileName)}");
        await File.WriteAllBytesAsync(path, document.Bytes, cancellationToken);
        return Say.ConsoleDocumentWritten.Plain(culture, path);
    }
}
