using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CandidateBank.Api.Tests;

public static class PatientTestHarness
{
    /// <summary>
    /// MassTransit's test harness with waits long enough for a loaded CI machine: its defaults (a 6 s inactivity
    /// window) make <c>Consumed.Any</c> answer false while a slow consumer is still working.
    /// </summary>
    public static IServiceCollection AddPatientTestHarness(this IServiceCollection services)
    {
        services.AddMassTransitTestHarness();
        services.Configure<TestHarnessOptions>(options =>
        {
            options.TestTimeout = TimeSpan.FromSeconds(60);
            options.TestInactivityTimeout = TimeSpan.FromSeconds(12);
        });
        return services;
    }
}
