using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace CandidateBank.Bench.Replicas;

/// <summary>Candidates a replica's own index finds, and how many the shared store holds beyond that (from its /metrics).</summary>
public sealed record IndexState(long Documents, long Lag);

/// <summary>
/// One replica: the built server as a process of its own, on a loopback port and a data directory of its own, configured
/// through environment variables as a deployment would. Only the end of its output is kept, for the message when it fails.
/// </summary>
public sealed class ReplicaProcess : IDisposable
{
    private const int KeptLines = 40;
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(30) };

    private readonly Process _process;
    private readonly Queue<string> _tail = new();

    public string Name { get; }
    public string DataDirectory { get; }
    public Uri Url { get; }

    private ReplicaProcess(Process process, string name, string dataDirectory, Uri url) =>
        (_process, Name, DataDirectory, Url) = (process, name, dataDirectory, url);

    public static ReplicaProcess Start(string serverDll, string name, string dataDirectory, IReadOnlyDictionary<string, string> settings)
    {
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var argument in new[] { serverDll, "--urls", url.ToString() }) start.ArgumentList.Add(argument);
        start.Environment["CandidateBank__DataDirectory"] = dataDirectory;
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        var replica = new ReplicaProcess(Process.Start(start)!, name, dataDirectory, url);
        replica._process.OutputDataReceived += (_, line) => replica.Keep(line.Data);
        replica._process.ErrorDataReceived += (_, line) => replica.Keep(line.Data);
        replica._process.BeginOutputReadLine();
        replica._process.BeginErrorReadLine();
        return replica;
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_tail)
        {
            _tail.Enqueue(line);
            if (_tail.Count > KeptLines) _tail.Dequeue();
        }
    }

    public string Tail { get { lock (_tail) return string.Join('\n', _tail); } }

    /// <summary>Waits for 200 from /health/ready; <paramref name="waiting"/> is told the time waited every 10 s meanwhile.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken, Action<TimeSpan>? waiting = null)
    {
        var clock = Stopwatch.StartNew();
        var told = TimeSpan.Zero;
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"Replica {Name} exited ({_process.ExitCode}):\n{Tail}");
            try
            {
                using var response = await Probe.GetAsync(new Uri(Url, "/health/ready"), cancellationToken);
                if (response.IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested)) { }
            if (clock.Elapsed > timeout) throw new TimeoutException($"Replica {Name} was not ready after {timeout.TotalSeconds:0} s:\n{Tail}");
            if (clock.Elapsed - told >= TimeSpan.FromSeconds(10)) waiting?.Invoke(told = clock.Elapsed);
            await Task.Delay(100, cancellationToken);
        }
    }

    public async Task<IndexState> IndexAsync(CancellationToken cancellationToken)
    {
        var metrics = await Probe.GetStringAsync(new Uri(Url, "/metrics"), cancellationToken);
        return new IndexState(Sample(metrics, "candidatebank_index_documents"), Sample(metrics, "candidatebank_index_lag"));
    }

    private long Sample(string metrics, string series)
    {
        var line = metrics.Split('\n').FirstOrDefault(l => l.StartsWith(series + " ", StringComparison.Ordinal) || l.StartsWith(series + "{", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Replica {Name}'s /metrics has no {series}.");
        return (long)double.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture);
    }

    /// <summary>Bytes in the replica's Lucene index so far: the only sign of progress while it indexes before listening.</summary>
    public long IndexBytes()
    {
        var index = new DirectoryInfo(Path.Combine(DataDirectory, "index"));
        try { return index.Exists ? index.EnumerateFiles().Sum(f => f.Exists ? f.Length : 0) : 0; }
        catch (IOException) { return 0; } // a segment merged away while it was counted
    }

    public bool HasExited => _process.HasExited;

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException) { } // already gone
        _process.Dispose();
    }
}
