using MimeKit;

namespace CandidateBank.Api.Tests;

/// <summary>
/// The real SMTP server tests/run.sh starts (tests/smtp.sh, tests/smtp/catcher.py): it writes every accepted message
/// as a .eml file, answers recipients <c>transient-N-…</c> with 451 the first N times and <c>reject-…</c> with 550.
/// There is no fallback: without it these tests fail, saying how to run them.
/// </summary>
public static class SmtpCatcher
{
    public const string PortVariable = "CANDIDATEBANK_TEST_SMTP_PORT";
    public const string DirectoryVariable = "CANDIDATEBANK_TEST_SMTP_DIR";

    private static string Required(string variable) => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"{variable} is not set: run the tests with 'bash tests/run.sh', which starts a private SMTP server.");

    public static string Directory => Required(DirectoryVariable);

    /// <summary>The server pointed at the catcher, with retries fast enough for a test.</summary>
    public static Dictionary<string, string> ServerSettings() => new()
    {
        ["CandidateBank:Email:Host"] = "127.0.0.1",
        ["CandidateBank:Email:Port"] = Required(PortVariable),
        ["CandidateBank:Email:Security"] = "None",
        ["CandidateBank:Email:From"] = "CandidateBank <noreply@candidatebank.example>",
        ["CandidateBank:Email:PollSeconds"] = "0.2",
        ["CandidateBank:Email:RetryBaseSeconds"] = "0.1",
    };

    /// <summary>A recipient no other test uses, so tests sharing the catcher find their own messages.</summary>
    public static string UniqueAddress(string prefix = "hr") => $"{prefix}-{Guid.NewGuid():N}@firma.example";

    public static IReadOnlyList<MimeMessage> MessagesTo(string address) =>
        System.IO.Directory.EnumerateFiles(Directory, "*.eml")
            .Select(file => MimeMessage.Load(file))
            .Where(m => m.To.Mailboxes.Any(to => string.Equals(to.Address, address, StringComparison.OrdinalIgnoreCase)))
            .ToList();

    public static async Task<MimeMessage> WaitForMessageTo(string address, int timeoutMs = 30_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            if (MessagesTo(address) is [var first, ..]) return first;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No email to {address} reached the SMTP catcher in {timeoutMs} ms.");
            await Task.Delay(50);
        }
    }
}
