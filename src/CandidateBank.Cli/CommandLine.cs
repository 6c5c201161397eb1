namespace CandidateBank.Cli;

/// <summary>The partner and operator tool. Each command is a class; this only dispatches and prints usage.</summary>
public static class CommandLine
{
    public const string Usage = """
        Usage: dotnet run --project src/CandidateBank.Cli -- <command> [options]

        Commands:
          publish --file <profiles.json|.jsonl|.csv> [--broker amqp://user:password@host:5672/vhost] [--timeout <s>]
                                   Check and publish candidate profiles to RabbitMQ as a partner job centre.
                                   Prints a progress bar and every rejected row with its line and reason;
                                   exits 1 when any row was rejected, 3 when the broker cannot be reached or
                                   does not confirm within --timeout (default 30) seconds. CSV: header row, ';' or ',' separated,
                                   lists separated by '|', occupations as 'title:years'.
          errors list [--broker <amqp uri>] [--queue <name>_error]
                                   Show the dead-lettered messages of every shared error queue, or of --queue:
                                   message id, when and why it failed (MT-Fault-Message), size. Leaves them in place.
          errors replay [--broker <amqp uri>] [--queue <name>_error] (--id <messageId> | --all)
                                   Publish dead-lettered messages again to their original queue, once the cause is fixed;
                                   one that is still invalid is dead-lettered again. Exits 1 when --id matches nothing.
          evaluate [--devset <devset.json>]
                                   Ranking quality on the judged development set: NDCG@10, precision@4 and hard-rule
                                   violations in the top 10, CandidateBank side by side with plain BM25 full text.
          recognition [--spellings <a.json,b.json>] [--errors tuning|tuning2|heldout] [--vocabulary <vocabulary.json>]
                                   Certificate and occupation recognition on the labelled spelling set collected
                                   outside the vocabulary: precision and recall on its tuning and held-out halves;
                                   --errors lists every wrong answer of one half (tune only on the tuning half).
          generate --candidates <n> [--seed <n>] [--orders <n>] [--out <dir>]
                                   Write a synthetic candidate bank for benchmarks: <dir>/candidates.jsonl and
                                   <dir>/job-orders.jsonl (default 200 orders, seed 1, the current directory), one
                                   contract JSON per line, the same for the same seed; progress on stderr. Publish the
                                   candidates with publish --file <dir>/candidates.jsonl.
          keys create --name <name> --role consultant|jobcentre|admin [--job-centre <municipality>] [--data <dir> | --connection <npgsql>]
          keys list [--data <dir> | --connection <npgsql>]
          keys revoke --name <name> [--data <dir> | --connection <npgsql>]
                                   Issue, list and revoke API keys in the server's store (the secret is printed once;
                                   only its SHA-256 is kept). The running server sees the change on the next request.
                                   --connection: the server's PostgreSQL store (CandidateBank:Store:ConnectionString),
                                   e.g. "Host=db;Database=candidatebank;Username=candidatebank;Password=...".
          tenders import --file <awards.csv> [--api http://localhost:5080] [--key <key>]
                                   Send a tender register's CSV export to the server (consultant or admin key, or
                                   CANDIDATEBANK_API_KEY); prints each rejected row with its line; exits 1 if any.
          reindex [--data <dir>] [--vocabulary <vocabulary.json>]
                                   Rebuild the Lucene index from the SQLite store (the server must be stopped), with
                                   the embedded vocabulary or the given file (as CandidateBank:Vocabulary:Path).
                                   SQLite only: on PostgreSQL the server repairs its index from the store at every start.
                                   <dir> is the server's data directory (default: src/CandidateBank.Server/data).
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            return args switch
            {
                ["publish", .. var rest] => await PublishCommand.RunAsync(Options.Parse(rest, "--file", "--broker", "--timeout"), output),
                ["errors", .. var rest] => await ErrorsCommand.RunAsync(rest, output),
                ["evaluate", .. var rest] => await EvaluateCommand.RunAsync(Options.Parse(rest, "--devset"), output),
                ["recognition", .. var rest] => await RecognitionCommand.RunAsync(Options.Parse(rest, "--spellings", "--errors", "--vocabulary"), output),
                ["generate", .. var rest] => await GenerateCommand.RunAsync(Options.Parse(rest, "--candidates", "--seed", "--orders", "--out"), output, error),
                ["keys", .. var rest] => await KeysCommand.RunAsync(rest, output),
                ["tenders", .. var rest] => await TendersCommand.RunAsync(rest, output),
                ["reindex", .. var rest] => await ReindexCommand.RunAsync(Options.Parse(rest, "--data", "--vocabulary"), output),
                ["--help" or "-h" or "help"] => Print(output, Usage, 0),
                _ => Print(error, Usage, 2),
            };
        }
        catch (UsageException e)
        {
            return Print(error, $"{e.Message}\n\n{Usage}", 2);
        }
        catch (BrokerException e)
        {
            return Print(error, e.Message, 3);
        }
    }

    private static int Print(TextWriter writer, string text, int exitCode)
    {
        writer.WriteLine(text);
        return exitCode;
    }
}

public sealed class UsageException(string message) : Exception(message);

/// <summary>Options of the form <c>--name value</c>, each allowed at most once.</summary>
public sealed class Options(IReadOnlyDictionary<string, string> values)
{
    public string? this[string name] => values.GetValueOrDefault(name);

    public static Options Parse(string[] args, params string[] allowed)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!allowed.Contains(args[i])) throw new UsageException($"Unknown option '{args[i]}'.");
            if (i + 1 >= args.Length) throw new UsageException($"Option '{args[i]}' needs a value.");
            if (!values.TryAdd(args[i], args[i + 1])) throw new UsageException($"Option '{args[i]}' is given twice.");
        }
        return new Options(values);
    }
}
