using System.Net;
using System.Text;
using System.Text.Json;
using CandidateBank.Contracts;

namespace CandidateBank.Api.Tests;

/// <summary>Thousands of randomly broken bodies: never a 500, never a crash, nothing half-written, the good data intact.</summary>
public sealed class FuzzTests : IDisposable
{
    private const int Bodies = 2000;
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData(new Dictionary<string, string>
    {
        ["CandidateBank:Limits:RequestsPerMinutePerKey"] = "100000",
    });

    private static readonly string[] Insertions =
        ["{", "}", "[", "]", "\"", ",", ":", "null", "true", "-1", "1e309", "\\u0000", "\\ud800", "<script>", "title:*", "'; DROP TABLE Candidates;--", "010190-1234", "ø", "\u00ff\u00fe"];

    [Fact]
    public async Task Randomly_mutated_profiles_never_cause_a_server_error_and_leave_the_good_data_intact()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        var good = Profiles.Struktør("fuzz-good");
        await aarhus.PutProfile(good);
        await aarhus.WaitUntilIndexed("fuzz-good");

        var template = JsonSerializer.Serialize(Profiles.Struktør("fuzz-target"), ContractJson.Options);
        var random = new Random(20261123);
        var statuses = new Dictionary<HttpStatusCode, int>();
        for (var i = 0; i < Bodies; i++)
        {
            var body = Mutate(template, random);
            var response = await aarhus.PutAsync("/api/v1/candidates/fuzz-target", new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } });
            Assert.True((int)response.StatusCode < 500, $"Body {i} caused {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
        }
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.BadRequest) > Bodies / 2, string.Join(", ", statuses));

        var admin = _factory.ClientWithKey(CandidateBankFactory.AdminKey);
        var stored = await (await admin.GetAsync("/api/v1/candidates/fuzz-good")).Read<Candidates.StoredCandidate>();
        Assert.Equal(JsonSerializer.Serialize(good, ContractJson.Options), JsonSerializer.Serialize(stored.Profile, ContractJson.Options));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/health/ready")).StatusCode);
    }

    private static byte[] Mutate(string template, Random random)
    {
        var text = new StringBuilder(template);
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var at = random.Next(text.Length);
            switch (random.Next(4))
            {
                case 0: text.Remove(at, Math.Min(random.Next(1, 20), text.Length - at)); break;
                case 1: text.Insert(at, Insertions[random.Next(Insertions.Length)]); break;
                case 2: text[at] = (char)random.Next(32, 127); break;
                default: text.Insert(at, text.ToString(at, Math.Min(random.Next(1, 40), text.Length - at))); break;
            }
        }
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        if (random.Next(10) == 0) bytes[random.Next(bytes.Length)] = (byte)random.Next(0x80, 0x100); // broken UTF-8
        return bytes;
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
