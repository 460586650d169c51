using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using PartnershipBot.Dialogs;

namespace PartnershipBot.Safety;

/// <summary>
/// Reports by email through the configured SMTP relay (MailKit). The body is plain text: the card's markdown is
/// unescaped, so the user's text arrives exactly as typed, and no HTML is made from it.
/// </summary>
public sealed class SafetyEmailChannel(IOptions<SafetyOptions> options) : ISafetyReportChannel
{
    public string Channel => SafetyContact.Email;

    public async Task<SafetyDelivery> SendAsync(SafetyContact contact, IReadOnlyList<Reply> report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var smtp = options.Value.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host) || !MailboxAddress.TryParse(contact.Address, out var to) || !MailboxAddress.TryParse(smtp.From, out var from))
        {
            return new SafetyDelivery(SafetyDeliveryOutcome.Undeliverable, "the email contact or Safety:Smtp is not usable");
        }

        var card = report.OfType<CardReply>().Select(c => c.Card).FirstOrDefault();
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(to);
        message.Subject = card?.Title ?? "Safety information";
        message.Body = new TextPart("plain") { Text = PlainText(report) };
        try
        {
            using var client = new SmtpClient();
            var security = smtp.Security switch
            {
                "None" => SecureSocketOptions.None,
                "SslOnConnect" => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.StartTls,
            };
            await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return SafetyDelivery.Delivered;
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500)
        {
            // A 5xx answer (mailbox unknown, relay refused) will not change by trying again.
            return new SafetyDelivery(SafetyDeliveryOutcome.Undeliverable, $"the SMTP relay refused ({(int)e.StatusCode})");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new SafetyDelivery(SafetyDeliveryOutcome.RetryLater, $"the SMTP relay could not be reached ({e.GetType().Name})");
        }
    }

    public static string PlainText(IReadOnlyList<Reply> report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lines = new List<string>();
        foreach (var reply in report)
        {
            switch (reply)
            {
                case CardReply { Card: var card }:
                    lines.Add(card.Title);
                    lines.Add("");
                    if (card.Text is { } body)
                    {
                        lines.Add(Markdown.Unescape(body));
                        lines.Add("");
                    }

                    lines.AddRange(card.Facts.Select(f => $"{f.Label}: {Markdown.Unescape(f.Value)}"));
                    break;
                case TextReply { Text: var text }:
                    lines.Add(Markdown.Unescape(text));
                    break;
            }
        }

        return string.Join("\n", lines);
    }
}
