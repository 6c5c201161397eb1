using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CandidateBank.Indexing;

public static class IndexingSetup
{
    /// <summary>
    /// The index kept in step with the store: repaired at start (register before the bus, so the index agrees with the
    /// store before the first message is consumed), merged into one segment every <see cref="IndexOptions.CompactEvery"/>,
    /// and purged of erased profiles on disk (<see cref="ErasurePurge"/>).
    /// </summary>
    public static IServiceCollection AddCandidateBankIndexing(this IServiceCollection services, string dataDirectory)
    {
        services.AddHostedService<IndexRepair>();
        services.TryAddSingleton(new IndexOptions());
        services.AddHostedService<IndexCompaction>();
        services.TryAddSingleton(new PrivacyOptions());
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ErasurePurge>(sp, Path.Combine(dataDirectory, "outbox")));
        services.AddHostedService(sp => sp.GetRequiredService<ErasurePurge>());
        return services;
    }
}
