using System.Net.Http.Headers;
using System.Net.Http.Json;
using CandidateBank.Contracts;

namespace CandidateBank.Cli;

/// <summary>Sends a tender register's CSV export to the server's import endpoint and prints what it did with each row.</summary>
public static class TendersCommand
{
    private sealed record Rejected(int Line, string Reason);
    private sealed record Report(int RowsRead, int Accepted, int Duplicates, List<Rejected> Rejected);

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        if (args is not ["import", .. var rest]) throw new UsageException("tenders: say import.");
        var options = Options.Parse(rest, "--file", "--api", "--key");
        var file = options["--file"] ?? throw new UsageException("tenders import: --file is required.");
        if (!File.Exists(file)) throw new UsageException($"No file at {Path.GetFullPath(file)}.");
        var key = options["--key"] ?? Environment.GetEnvironmentVariable("CANDIDATEBANK_API_KEY")
            ?? throw new UsageException("tenders import: pass --key or set CANDIDATEBANK_API_KEY (a consultant or admin key).");

        using var http = new HttpClient { BaseAddress = new Uri(options["--api"] ?? "http://localhost:5080"), Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var content = new StreamContent(File.OpenRead(file));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        HttpResponseMessage response;
        try { response = await http.PostAsync("/api/v1/tenders/import", content); }
        catch (HttpRequestException e) { throw new BrokerException($"Cannot reach the server at {http.BaseAddress}: {e.Message}"); }

        if (!response.IsSuccessStatusCode)
        {
            output.WriteLine($"The server refused the file ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync()}");
            return 1;
        }
        var report = (await response.Content.ReadFromJsonAsync<Report>(ContractJson.Options))!;
        output.WriteLine($"{report.RowsRead} rows read: {report.Accepted} accepted, {report.Duplicates} duplicates skipped, {report.Rejected.Count} rejected");
        foreach (var rejected in report.Rejected) output.WriteLine($"  line {rejected.Line}: {rejected.Reason}");
        return report.Rejected.Count == 0 ? 0 : 1;
    }
}
