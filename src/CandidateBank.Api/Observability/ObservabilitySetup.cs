using CandidateBank.Matching.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CandidateBank.Api.Observability;

/// <summary>
/// OpenTelemetry metrics served for Prometheus at <c>/metrics</c>, every series named <c>candidatebank_…</c>: the
/// counters CandidateBank records (<see cref="CandidateBankMeter"/>), the store's gauges (<see cref="StoreGauges"/>) and
/// ASP.NET Core's HTTP server duration, renamed into the same family.
/// </summary>
public static class ObservabilitySetup
{
    public static IServiceCollection AddCandidateBankObservability(this IServiceCollection services)
    {
        services.AddSingleton<StoreGauges>();
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("candidatebank", serviceInstanceId: Environment.MachineName));
        // Traces leave the process only to a collector someone configured (OTEL_EXPORTER_OTLP_ENDPOINT, the standard
        // variable the exporter reads): a public-sector system sends nothing anywhere by default.
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT")))
            telemetry.WithTracing(tracing => tracing
                .AddSource("Microsoft.AspNetCore", "MassTransit", CandidateBankActivity.Name)
                .AddOtlpExporter());
        telemetry
            .WithMetrics(metrics => metrics
            .AddMeter(CandidateBankMeter.Name, StoreGauges.MeterName, "Microsoft.AspNetCore.Hosting")
            .AddView("http.server.request.duration", new ExplicitBucketHistogramConfiguration
            {
                Name = "candidatebank.http.server.request.duration",
                Boundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
            })
            // The hosting meter's other instruments (active requests) are not part of the candidatebank family.
            .AddView(instrument => instrument.Meter.Name == "Microsoft.AspNetCore.Hosting" && instrument.Name != "http.server.request.duration" ? MetricStreamConfiguration.Drop : null)
            .AddPrometheusExporter());
        return services;
    }

    /// <summary>
    /// <c>/metrics</c> needs no key, as Prometheus scrapes it: aggregates only, no person or order. Keep it to the
    /// operations network with the firewall or reverse proxy in front of the server (docs/operations.md).
    /// </summary>
    public static WebApplication MapCandidateBankObservability(this WebApplication app)
    {
        app.Services.GetRequiredService<StoreGauges>(); // its gauges exist from the start
        app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
        return app;
    }
}
