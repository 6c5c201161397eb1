using CandidateBank.Matching.Index;
using CandidateBank.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CandidateBank.Api.Health;

public sealed class StoreHealthCheck(CandidateBankDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The store cannot be reached.");
}

public sealed class IndexHealthCheck(CandidateIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return Task.FromResult(HealthCheckResult.Healthy($"{index.Count} candidates indexed."));
        }
        catch (ObjectDisposedException e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The Lucene index is closed.", e));
        }
    }
}
