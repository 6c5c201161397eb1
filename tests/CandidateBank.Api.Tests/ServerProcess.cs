using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace CandidateBank.Api.Tests;

/// <summary>
/// The built server as a separate process on the RabbitMq transport, so a test can kill it hard (SIGKILL) as a
/// crash would, and start it again on the same data directory.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public Uri Url { get; }
    public string Output { get { lock (_output) return _output.ToString(); } }

    private ServerProcess(Process process, Uri url) => (_process, Url) = (process, url);

    public static string ServerDll => Path.Combine(Repository.ServerBuildDirectory, "CandidateBank.Server.dll");

    public static ServerProcess Start(string dataDirectory, int port, bool withAdminKey = true, IReadOnlyDictionary<string, string>? settings = null)
    {
        var url = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var argument in new[] { ServerDll, "--urls", url.ToString() }) start.ArgumentList.Add(argument);
        start.Environment["CandidateBank__DataDirectory"] = dataDirectory;
        // The broker and the partner logins the in-process tests use, as environment variables.
        foreach (var (key, value) in RabbitMqBroker.ServerSettings()) start.Environment[key.Replace(":", "__")] = value;
        if (withAdminKey)
        {
            start.Environment["CandidateBank__ApiKeys__0__Name"] = "admin";
            start.Environment["CandidateBank__ApiKeys__0__Key"] = CandidateBankFactory.AdminKey;
            start.Environment["CandidateBank__ApiKeys__0__Role"] = "admin";
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key.Replace(":", "__")] = value;
        var server = new ServerProcess(Process.Start(start)!, url);
        server._process.OutputDataReceived += (_, line) => server.Append(line.Data);
        server._process.ErrorDataReceived += (_, line) => server.Append(line.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        return server;
    }

    private void Append(string? line) { lock (_output) _output.AppendLine(line); }

    public async Task WaitUntilReady(int timeoutSeconds = 60)
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The server exited ({_process.ExitCode}):\n{Output}");
            try { if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode) return; }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The server was not ready after {timeoutSeconds} s:\n{Output}");
            await Task.Delay(200);
        }
    }

    /// <summary>A crash: no shutdown hooks, no final index commit.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>A clean stop (SIGTERM), as systemd does it.</summary>
    public async Task StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()])) await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private bool _disposed;

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }
}
