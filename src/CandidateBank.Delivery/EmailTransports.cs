using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace CandidateBank.Delivery;

/// <summary>Where an email goes: an SMTP server, or, on the embedded default, a directory of .eml files.</summary>
public interface IEmailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

public sealed class SmtpEmailTransport(EmailOptions options) : IEmailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(options.TimeoutSeconds).TotalMilliseconds };
        var security = options.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(options.Host!, options.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(options.Username))
            await client.AuthenticateAsync(options.Username, options.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>
/// Writes each email to <c>&lt;directory&gt;/&lt;message id&gt;.eml</c>, so a new user can open what would have been sent.
/// Named by the deterministic message id, so a resend after a crash overwrites the same file instead of adding one.
/// </summary>
public sealed class PickupDirectoryTransport(string directory) : IEmailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var name = string.Concat((message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0].Select(c => char.IsLetterOrDigit(c) || c == '-' ? c : '_'));
        var path = Path.Combine(directory, name + ".eml");
        var partial = path + ".partial";
        // Write then rename, so a reader never opens a half-written message.
        await using (var stream = File.Create(partial))
            await message.WriteToAsync(stream, cancellationToken);
        File.Move(partial, path, overwrite: true);
    }
}
