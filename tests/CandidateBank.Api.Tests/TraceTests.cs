using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using CandidateBank.Api.JobOrders;
using CandidateBank.Contracts;

namespace CandidateBank.Api.Tests;

/// <summary>One job order, one trace: the POST, the bus (W3C trace context in MassTransit's headers), and the email sent later.</summary>
public sealed class TraceTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData();
    private readonly ConcurrentBag<Activity> _finished = [];
    private readonly ActivityListener _listener;

    public TraceTests()
    {
        // What an OpenTelemetry tracer provider subscribes to when OTEL_EXPORTER_OTLP_ENDPOINT is set.
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Microsoft.AspNetCore" or "MassTransit" or "CandidateBank",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _finished.Add,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [Fact]
    public async Task An_auto_send_order_is_one_trace_from_the_post_through_the_bus_to_the_email()
    {
        var id = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example") with { AutoSend = true },
            CandidateBank.Matching.Tests.Profiles.Struktør("traced"));
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        await consultant.WaitForOrder(id, o => o.Delivery?.SentAt is not null, "emailed");

        var email = await Eventually(() => _finished.FirstOrDefault(a => a.OperationName == "email send" && Equals(a.GetTagItem("candidatebank.job_order.id"), id)));
        var trace = _finished.Where(a => a.TraceId == email.TraceId).ToList();
        Assert.Contains(trace, a => a.Source.Name == "Microsoft.AspNetCore" && a.Kind == ActivityKind.Server);
        Assert.Contains(trace, a => a.Source.Name == "MassTransit" && a.Kind == ActivityKind.Producer);
        Assert.Contains(trace, a => a.Source.Name == "MassTransit" && a.Kind == ActivityKind.Consumer);
        Assert.NotEqual(default, email.ParentSpanId);
    }

    private static async Task<Activity> Eventually(Func<Activity?> find)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (find() is not { } found)
        {
            Assert.True(DateTime.UtcNow < deadline, "No span of the email's delivery was recorded.");
            await Task.Delay(50);
        }
        return find()!;
    }

    public void Dispose()
    {
        _listener.Dispose();
        _factory.Dispose();
        _factory.DeleteData();
    }
}
