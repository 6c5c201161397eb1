using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using Microsoft.Data.Sqlite;

namespace CandidateBank.Api.Tests;

/// <summary>Reads a server's data directory directly: the SQLite store (also while the server runs, WAL) and the Lucene index.</summary>
public static class DataProbe
{
    /// <summary>Stored candidates marked indexed, by id, with their version.</summary>
    public static Dictionary<string, int> StoredAndIndexed(string dataDirectory)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "candidatebank.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT CandidateId, Version FROM Candidates WHERE IndexedAt IS NOT NULL";
        using var reader = command.ExecuteReader();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read()) result.Add(reader.GetString(0), reader.GetInt32(1));
        return result;
    }

    public static long StoredRows(string dataDirectory)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "candidatebank.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Candidates";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Polls until <paramref name="count"/> candidates are stored and indexed; returns them.</summary>
    public static async Task<Dictionary<string, int>> WaitForIndexed(string dataDirectory, int count, int timeoutSeconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var indexed = StoredAndIndexed(dataDirectory);
            if (indexed.Count >= count || DateTime.UtcNow > deadline) return indexed;
            await Task.Delay(200);
        }
    }

    /// <summary>Number of documents and the version of each candidate in the index; the server must be stopped.</summary>
    public static (int Documents, IReadOnlyDictionary<CandidateKey, int> Versions) Index(string dataDirectory)
    {
        using var index = new CandidateIndex(Path.Combine(dataDirectory, "index"), Municipalities.Denmark, RecruitmentNetworks.Defaults);
        return (index.Count, index.IndexedVersions());
    }
}
