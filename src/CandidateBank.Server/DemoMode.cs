using System.Security.Cryptography;
using CandidateBank.Contracts;
using MassTransit;

namespace CandidateBank.Server;

/// <summary>
/// <c>--demo</c>: fresh API keys for one job centre, one consultant and an admin, printed at start, and a handful of
/// candidates published through the bus, so a new user can try the API at once. Never on by default.
/// </summary>
public static class DemoMode
{
    public const string Switch = "--demo";

    public static WebApplicationBuilder AddDemoMode(this WebApplicationBuilder builder, string[] args)
    {
        if (!args.Contains(Switch)) return builder;
        var keys = new (string Name, string Role, string? JobCentre)[] { ("demo-aarhus", "jobcentre", "Aarhus"), ("demo-konsulent", "consultant", "Aarhus"), ("demo-admin", "admin", null) };
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < keys.Length; i++)
        {
            var prefix = $"CandidateBank:ApiKeys:{100 + i}:";
            settings[prefix + "Name"] = keys[i].Name;
            settings[prefix + "Role"] = keys[i].Role;
            settings[prefix + "JobCentre"] = keys[i].JobCentre;
            settings[prefix + "Key"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            Console.WriteLine($"Demo API key {keys[i].Name,-15} role {keys[i].Role,-10} X-Api-Key: {settings[prefix + "Key"]}");
        }
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddHostedService<DemoData>();
        return builder;
    }

    private sealed class DemoData(IBus bus, IHostApplicationLifetime lifetime, ILogger<DemoData> logger) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            // Publish only once the bus and the indexer are running, or the messages have nowhere to go.
            var started = new TaskCompletionSource();
            await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
                await started.Task.WaitAsync(stoppingToken);
            var homes = new[] { ("Aarhus", "Aarhus"), ("Randers", "Randers"), ("Skanderborg", "Skanderborg"), ("Horsens", "Horsens"), ("Odense", "Odense"), ("Roskilde", "Roskilde") };
            var profiles = homes.SelectMany((home, i) => new[]
            {
                Profile($"demo-{i}-struktor", home.Item1, home.Item2, "Struktør med erfaring i betonarbejde og forskalling", "Struktør", ["forskalling", "armering"], i % 2 == 0 ? ["Epoxy-kursus"] : []),
                Profile($"demo-{i}-tomrer", home.Item1, home.Item2, "Tømrer med erfaring i nybyggeri", "Tømrer", ["montage", "tagarbejde"], ["Arbejde på vej"]),
            });
            await bus.PublishBatch(profiles, stoppingToken);
            logger.LogInformation("Demo: published {Count} candidates; try schemas/examples/JobOrder.json as a job order", homes.Length * 2);
        }

        private static CandidateProfile Profile(string id, string jobCentre, string home, string headline, string occupation, string[] skills, string[] certificates) => new()
        {
            CandidateId = id, JobCentre = jobCentre, Version = 1, Headline = headline,
            Summary = $"{headline}. Stabil og mødestabil, vant til at arbejde i sjak.",
            Occupations = [new OccupationExperience(occupation, 3 + id.Length % 7)],
            Skills = skills, Certificates = certificates, DriversLicences = ["B"], Languages = ["da"],
            HomeMunicipality = home, MaxCommuteKm = 50, AvailableFrom = new DateOnly(2027, 1, 1),
            EmploymentTypes = [EmploymentType.Ordinary], Consent = new Consent(true, true),
            Contact = new Contact($"Demo {id}", $"{id}@example.dk", null),
        };
    }
}
