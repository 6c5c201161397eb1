namespace CandidateBank.Delivery;

/// <summary>Configuration section <c>CandidateBank:Email</c>. Without a <see cref="Host"/>, emails are written as .eml files to <c>&lt;data&gt;/outbox/</c>.</summary>
public sealed class EmailOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;
    public string? Username { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "CandidateBank <noreply@candidatebank.local>";
    /// <summary>How often the outbox is checked when nothing signals a new email (retries fall due).</summary>
    public double PollSeconds { get; set; } = 5;
    /// <summary>The first retry waits this long; each further one twice as long, up to <see cref="RetryMaxSeconds"/>.</summary>
    public double RetryBaseSeconds { get; set; } = 30;
    public double RetryMaxSeconds { get; set; } = 3600;
    /// <summary>After this many failed attempts a transient failure counts as permanent.</summary>
    public int MaxAttempts { get; set; } = 10;
    public double TimeoutSeconds { get; set; } = 30;

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);
}

public enum SmtpSecurity { None, StartTls, SslOnConnect }

/// <summary>Configuration section <c>CandidateBank:Orders</c>: how long an order stays open without anything happening.</summary>
public sealed class OrderOptions
{
    public double OpenDays { get; set; } = 30;
}

/// <summary>Configuration section <c>CandidateBank:Promise</c>: the answer-within-a-day promise and how it is watched.</summary>
public sealed class PromiseOptions
{
    public double Hours { get; set; } = 24;
    /// <summary>An order without a sent shortlist is at risk when less than this is left before its deadline.</summary>
    public double AtRiskHours { get; set; } = 2;
    public double CheckSeconds { get; set; } = 60;
}
