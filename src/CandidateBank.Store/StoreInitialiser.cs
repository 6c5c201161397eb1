using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CandidateBank.Store;

/// <summary>
/// Brings the store to this release's schema (<see cref="StoreSetup.InitialiseAsync"/>) before any other service
/// starts: it is registered with the store, and hosted services start in the order they were registered.
/// </summary>
internal sealed class StoreInitialiser(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CandidateBankDb>().InitialiseAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
