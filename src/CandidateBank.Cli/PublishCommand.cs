using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Validation;

namespace CandidateBank.Cli;

/// <summary>
/// A partner job centre's publisher: reads profiles from a file, checks each row as the indexer will, publishes the
/// good ones to RabbitMQ as plain JSON with publisher confirms, and reports every rejected row with its line and reason.
/// Exit code 0 when every row was published, 1 when some were rejected.
/// </summary>
public sealed class BrokerException(string message) : Exception(message);

public static class PublishCommand
{
    private const int BatchSize = 500;
    private const int MaxReportedRejections = 50;

    public static async Task<int> RunAsync(Options options, TextWriter output)
    {
        var file = options["--file"] ?? throw new UsageException("publish needs --file <profiles.json|.jsonl|.csv>.");
        if (!File.Exists(file)) throw new UsageException($"No file at {Path.GetFullPath(file)}.");
        var broker = BrokerAddress.Parse(options["--broker"] ?? "amqp://guest:guest@localhost:5672/");
        var confirmTimeout = TimeSpan.FromSeconds(int.TryParse(options["--timeout"] ?? "30", out var seconds) && seconds > 0
            ? seconds : throw new UsageException($"--timeout '{options["--timeout"]}' is not a whole number of seconds."));

        var validator = new MessageValidator(Municipalities.Denmark);
        var rows = ProfileFile.Read(file).ToList();
        var rejected = new List<(int Line, string Reason)>();
        var accepted = new List<CandidateProfile>();
        foreach (var row in rows)
        {
            if (row.Profile is null) { rejected.Add((row.Line, row.Error!)); continue; }
            var validation = validator.Validate(row.Profile);
            if (validation.IsValid) accepted.Add(validator.Canonical.Of(row.Profile));
            else rejected.Add((row.Line, validation.ToString()));
        }

        // Nothing to publish is not a reason to need a broker: the rejections are the answer.
        if (accepted.Count > 0) await RabbitMqPublisher.PublishAsync(broker, accepted, BatchSize, confirmTimeout, new ProgressBar(output, accepted.Count));

        output.WriteLine($"{rows.Count} rows read from {file}: {accepted.Count} published, {rejected.Count} rejected.");
        foreach (var (line, reason) in rejected.Take(MaxReportedRejections))
            output.WriteLine($"  line {line}: {reason}");
        if (rejected.Count > MaxReportedRejections)
            output.WriteLine($"  ... and {rejected.Count - MaxReportedRejections} more rejected rows.");
        return rejected.Count == 0 ? 0 : 1;
    }
}
