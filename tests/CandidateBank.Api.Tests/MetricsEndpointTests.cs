using System.Net;
using System.Text.RegularExpressions;

namespace CandidateBank.Api.Tests;

/// <summary>OpenTelemetry metrics for Prometheus at /metrics: every series in the candidatebank_ family, and they move with the work.</summary>
public sealed partial class MetricsEndpointTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData();

    [Fact]
    public async Task Metrics_are_served_for_prometheus_all_named_candidatebank_and_move_when_profiles_and_orders_arrive()
    {
        var id = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example"), Profiles.Struktør("metrics-1"), Profiles.Struktør("metrics-2"));
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        await consultant.Send(id);
        await consultant.WaitForStatus(id, "sent");

        var response = await _factory.CreateClient().GetAsync("/metrics"); // Prometheus has no key
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var series = SeriesName().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.All(series, name => Assert.True(name.StartsWith("candidatebank_", StringComparison.Ordinal) || name == "target_info", name));
        Assert.True(Value(text, "candidatebank_profiles_stored_total") >= 2, text);
        Assert.True(Value(text, "candidatebank_profiles_indexed_total") >= 2, text);
        Assert.True(Value(text, "candidatebank_index_documents") >= 2, text);
        Assert.True(Value(text, "candidatebank_shortlist_build_duration_seconds_count") >= 1, text);
        Assert.True(Value(text, "candidatebank_emails_sent_total", "kind=\"shortlist\"") >= 1, text);
        Assert.Contains("candidatebank_http_server_request_duration_seconds_bucket", text);
        // The store's gauges are read at the scrape; other tests' servers in this process may be counted too, so only their presence is certain.
        foreach (var gauge in new[] { "candidatebank_orders_overdue", "candidatebank_orders_at_risk", "candidatebank_index_lag", "candidatebank_outbox_backlog" })
            Assert.True(Value(text, gauge) >= 0);
    }

    /// <summary>The first sample of the series, with the label when given (<c>name{labels} value</c>).</summary>
    private static double Value(string text, string series, string? label = null) => PrometheusText.Value(text, series, label);

    [GeneratedRegex(@"^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]", RegexOptions.Multiline)]
    private static partial Regex SeriesName();

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
