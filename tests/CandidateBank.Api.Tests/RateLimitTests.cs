using System.Net;

namespace CandidateBank.Api.Tests;

public sealed class RateLimitTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData(new Dictionary<string, string>
    {
        ["CandidateBank:Limits:RequestsPerMinutePerKey"] = "5",
    });

    [Fact]
    public async Task Key_over_its_budget_gets_429_problem_with_retry_after_while_other_keys_carry_on()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.NotFound, (await aarhus.GetAsync("/api/v1/candidates/nobody")).StatusCode);

        var refused = await aarhus.GetAsync("/api/v1/candidates/nobody");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter);

        var odense = _factory.ClientWithKey(CandidateBankFactory.OdenseKey);
        Assert.Equal(HttpStatusCode.NotFound, (await odense.GetAsync("/api/v1/candidates/nobody")).StatusCode);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
