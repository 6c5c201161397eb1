using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CandidateBank.Indexing;

public static class IndexingSetup
{
    /// <summary>
    /// The index kept in step with the store: repaired at start (register before the bus, so the index agrees with the
    /// store before the first message is consumed) and merged into one segment every <see cref="IndexOptions.CompactEvery"/>.
    /// </summary>
    public static IServiceCollection AddCandidateBankIndexing(this IServiceCollection services)
    {
        services.AddHostedService<IndexRepair>();
        services.TryAddSingleton(new IndexOptions());
        services.AddHostedService<IndexCompaction>();
        return services;
    }
}
