using CandidateBank.Bench.Search;
using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Rules;
using CandidateBank.Matching.Vocabulary;
using Npgsql;
using NpgsqlTypes;

namespace CandidateBank.Bench.Postgres;

/// <summary>
/// What a municipal IT department would build instead of CandidateBank: PostgreSQL full-text search with the built-in
/// Danish configuration and a GIN index, the hard requirements as SQL filters. Each peer works in a schema of its own,
/// dropped on dispose, so several can share one database.
/// </summary>
public sealed class PostgresPeer : IShortlistEngine
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _schema;
    private readonly PeerRules _rules = new(new HardRuleTerms(Municipalities.Denmark, RecruitmentNetworks.Defaults, TradeVocabulary.Danish));

    private PostgresPeer(NpgsqlDataSource dataSource, string schema)
    {
        _dataSource = dataSource;
        _schema = schema;
    }

    public string Name => "PostgreSQL full text";

    public static async Task<PostgresPeer> CreateAsync(string connectionString, CancellationToken cancellationToken)
    {
        var schema = "peer_" + Guid.NewGuid().ToString("N")[..16];
        await using (var setup = new NpgsqlConnection(connectionString))
        {
            await setup.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", setup);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema });
        var peer = new PostgresPeer(dataSource, schema);
        await peer.ExecuteAsync(PeerSchema.CreateTables, cancellationToken);
        return peer;
    }

    public async Task LoadAsync(IReadOnlyList<CandidateProfile> profiles, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using (var rows = await connection.BeginBinaryImportAsync(PeerSchema.CopyProfiles, cancellationToken))
        {
            foreach (var row in profiles.Select(_rules.Row)) await WriteAsync(rows, row, cancellationToken);
            await rows.CompleteAsync(cancellationToken);
        }
        await using var index = new NpgsqlCommand(PeerSchema.CreateIndexes, connection);
        await index.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ShortlistAsync(JobOrder order, int count, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = PeerQuery.Build(connection, _rules, order, count);
        var ids = new List<string>(count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) ids.Add(reader.GetString(0));
        return ids;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await ExecuteAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE", CancellationToken.None);
        }
        finally
        {
            await _dataSource.DisposeAsync();
        }
    }

    private static async Task WriteAsync(NpgsqlBinaryImporter rows, PeerRow row, CancellationToken cancellationToken)
    {
        await rows.StartRowAsync(cancellationToken);
        await rows.WriteAsync(row.CandidateId, NpgsqlDbType.Text, cancellationToken);
        await rows.WriteAsync(row.Headline, NpgsqlDbType.Text, cancellationToken);
        await rows.WriteAsync(row.OccupationTitles, NpgsqlDbType.Text, cancellationToken);
        await rows.WriteAsync(row.Skills, NpgsqlDbType.Text, cancellationToken);
        await rows.WriteAsync(row.Certificates, NpgsqlDbType.Text, cancellationToken);
        await rows.WriteAsync(row.Summary, NpgsqlDbType.Text, cancellationToken);
        await rows.WriteAsync(row.RuleTerms, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
        await rows.WriteAsync(row.AvailableFrom, NpgsqlDbType.Date, cancellationToken);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
