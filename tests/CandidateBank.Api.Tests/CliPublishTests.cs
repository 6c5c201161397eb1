using System.Net;
using System.Text;
using CandidateBank.Cli;

namespace CandidateBank.Api.Tests;

/// <summary>The partner publisher against the real broker: a messy CSV in, good rows indexed, bad rows reported by line.</summary>
[Collection(RabbitMqBroker.Collection)]
public sealed class CliPublishTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData(RabbitMqBroker.ServerSettings());
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"profiles-{Guid.NewGuid():N}.csv");

    [Fact]
    public async Task Csv_rows_are_published_and_indexed_and_bad_rows_are_reported_with_line_and_reason()
    {
        const string header = "candidateId;jobCentre;version;headline;summary;occupations;skills;certificates;driversLicences;languages;homeMunicipality;maxCommuteKm;availableFrom;employmentTypes;shareWithEmployers;shareAcrossNetworks;contactName";
        var rows = new[]
        {
            header,
            "csv-1;Aarhus;1;Struktør;\"Betonarbejde; forskalling\";Struktør:6;forskalling|armering;Epoxy-kursus;B|C;da;Aarhus;40;01-02-2027;ordinary;ja;ja;Jens Hansen",
            "",
            "csv-2;Aarhus;1;Tømrer;;Tømrer:3;montage;;B;da;Skanderborg;30;2027-01-15;ordinary|temporary;nej;ja;",
            "csv-bad-town;Aarhus;1;Struktør;;Struktør:2;;;B;da;Atlantis;40;2027-01-01;ordinary;ja;ja;",
            "csv-bad-date;Aarhus;1;Struktør;;Struktør:2;;;B;da;Aarhus;40;31-02-2027;ordinary;ja;ja;",
            "csv-3;Randers;1;Murer;\"Mur- og flisearbejde, \"\"sjakbajs\"\"\";Murer:10;;;B;da;Randers;50;2027-01-01;ordinary;ja;nej;",
        };
        // A spreadsheet export: UTF-8 with a byte order mark.
        await File.WriteAllTextAsync(_file, string.Join("\r\n", rows), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        _factory.CreateClient(); // starts the server, which declares its exchanges and queues
        await RabbitMqBroker.WaitForConsumer("candidate-profile");

        var output = new StringWriter();
        var exit = await CommandLine.RunAsync(["publish", "--file", _file, "--broker", $"amqp://guest:guest@127.0.0.1:{RabbitMqBroker.Port}/"], output, new StringWriter());

        var report = output.ToString();
        Assert.Equal(1, exit);
        Assert.Contains("5 rows read", report);
        Assert.Contains("3 published, 2 rejected", report);
        Assert.Contains("line 5: homeMunicipality: 'Atlantis' is not a Danish municipality.", report);
        Assert.Contains("line 6: availableFrom", report);
        Assert.Contains("3/3", report);

        var admin = _factory.ClientWithKey(CandidateBankFactory.AdminKey);
        await admin.WaitUntilIndexed("csv-1", "csv-2", "csv-3");
        var stored = await (await admin.GetAsync("/api/v1/candidates/csv-3")).Read<Candidates.StoredCandidate>();
        Assert.Equal("Mur- og flisearbejde, \"sjakbajs\"", stored.Profile.Summary);
        Assert.False(stored.Profile.Consent.ShareAcrossNetworks);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/candidates/csv-bad-town")).StatusCode);
    }

    public void Dispose()
    {
        File.Delete(_file);
        _factory.Dispose();
        _factory.DeleteData();
    }
}
