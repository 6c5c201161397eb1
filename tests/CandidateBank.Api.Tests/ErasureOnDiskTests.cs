using System.Net;
using System.Text;
using CandidateBank.Contracts;

namespace CandidateBank.Api.Tests;

/// <summary>Erased means erased on disk: after the purge window no file under the data directory holds the person's details.</summary>
public sealed class ErasureOnDiskTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData(new Dictionary<string, string>
    {
        ["CandidateBank:Privacy:PurgeWithinSeconds"] = "1",
    });

    private static readonly string[] Details = ["Zyxwerased Qjklmsen", "zyxw.erased@example.dk", "+45 61 72 83 94"];

    /// <summary>Which of <see cref="Details"/> some file under the data directory holds, byte for byte, and where.</summary>
    private List<string> Remaining()
    {
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(_factory.DataDirectory, "*", SearchOption.AllDirectories))
        {
            byte[] bytes;
            try
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                bytes = new byte[stream.Length];
                stream.ReadExactly(bytes);
            }
            catch (FileNotFoundException) { continue; } // merged away while listed
            found.AddRange(Details.Where(d => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(d)) >= 0).Select(d => $"{d} in {Path.GetFileName(file)}"));
        }
        return found;
    }

    [Fact]
    public async Task After_an_erasure_no_file_under_the_data_directory_holds_the_persons_name_email_or_phone()
    {
        var person = Profiles.Struktør("erase-on-disk") with { Contact = new Contact(Details[0], Details[1], Details[2]) };
        var id = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example"), person, Profiles.Struktør("stays"));
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        await consultant.Send(id);
        await consultant.WaitForStatus(id, "sent");
        Assert.NotEmpty(Remaining()); // the store and the emailed shortlist hold them before: the search finds what it looks for

        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        Assert.Equal(HttpStatusCode.Accepted, (await aarhus.DeleteAsync($"/api/v1/candidates/{person.CandidateId}")).StatusCode);
        await aarhus.GetWhen($"/api/v1/candidates/{person.CandidateId}", r => r.StatusCode == HttpStatusCode.NotFound);

        var remaining = Remaining();
        for (var waited = 0; waited < 100 && remaining.Count > 0; waited++)
        {
            await Task.Delay(200);
            remaining = Remaining();
        }
        Assert.True(remaining.Count == 0, string.Join("; ", remaining));
        Assert.Equal(HttpStatusCode.OK, (await aarhus.GetAsync("/api/v1/candidates/stays")).StatusCode);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
