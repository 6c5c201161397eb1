using CandidateBank.Contracts;
using CandidateBank.Matching.Validation;
using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.SyntheticData;

/// <summary>
/// Synthetic job orders: most in the large trades (where orders are), some in rare ones (where shortlists are short),
/// a share with required courses or licence classes, across the country by population.
/// </summary>
internal sealed class JobOrderGenerator(SyntheticBank bank, Random random)
{
    private static readonly string[] Employers = ["Byg", "Entreprise", "Transport", "Logistik", "Service", "Industri", "Omsorg", "Energi"];
    private static readonly string[] CompanyForms = ["A/S", "ApS", "I/S"];

    public JobOrder Next(int index)
    {
        // Seven in ten orders are drawn like the candidates (mostly large trades), three in ten from any trade alike.
        var occupation = SyntheticBank.Chance(random, 0.7)
            ? bank.Occupations.Next(random)
            : SyntheticBank.Pick(random, bank.Occupations.Items);
        var pool = bank.SkillPool(occupation);
        var required = Enumerable.Range(0, random.Next(0, 3)).Select(i => pool[i]).ToList();
        var preferred = Enumerable.Range(0, random.Next(0, 3)).Select(i => pool[(2 + i + random.Next(3)) % pool.Length])
            .Except(required).Distinct().ToList();
        var work = bank.Homes.Next(random);
        var positions = random.Next(1, 6);
        var company = $"{work} {SyntheticBank.Pick(random, Employers)} {SyntheticBank.Pick(random, CompanyForms)}";
        return new JobOrder
        {
            Title = positions == 1 ? $"{occupation.Name} til {company}" : $"{positions} × {occupation.Name.ToLowerInvariant()} til {company}",
            Description = $"Vi søger {occupation.Name.ToLowerInvariant()} til opgaver i {work}" +
                (required.Count > 0 ? $", især {string.Join(" og ", required).ToLowerInvariant()}." : "."),
            Occupation = occupation.Name.ToLowerInvariant(),
            RequiredSkills = required,
            PreferredSkills = preferred,
            RequiredCertificates = Certificates(occupation),
            RequiredDriversLicences = Licences(occupation),
            RequiredLanguages = SyntheticBank.Chance(random, 0.25) ? ["da"] : [],
            WorkMunicipality = work,
            EmploymentType = SyntheticBank.Chance(random, 0.8) ? EmploymentType.Ordinary : EmploymentType.Temporary,
            Positions = positions,
            StartDate = SyntheticBank.Epoch.AddDays(random.Next(14, 200)),
            ShortlistSize = random.Next(10) switch { < 2 => 5, < 9 => 10, _ => 20 },
            Company = new Company(RandomCvr(random), company, $"hr{index}@virksomhed.example"),
            ConsultantEmail = "konsulent@jobcenter.example",
            JobCentre = work,
        };
    }

    private List<string> Certificates(Occupation occupation)
    {
        var certificates = new List<string>();
        if (occupation.Courses is { Count: > 0 } courses && SyntheticBank.Chance(random, 0.6)) certificates.Add(courses[0]);
        if (SyntheticBank.Chance(random, 0.15)) certificates.Add(SyntheticBank.Pick(random, TradeFields.Certificates[occupation.Field]));
        return certificates.Distinct().ToList();
    }

    private List<string> Licences(Occupation occupation)
    {
        var heavy = TradeFields.HeavyLicences(occupation.Name);
        if (heavy.Length > 0 && SyntheticBank.Chance(random, 0.8)) return [heavy[0]];
        return SyntheticBank.Chance(random, 0.3) ? ["B"] : [];
    }

    /// <summary>One draw, as before check digits were required, so a seed still generates the same orders otherwise.</summary>
    private static string RandomCvr(Random random)
    {
        var first = random.Next(10_000_000, 100_000_000) / 10;
        while (!Cvr.IsValid(Cvr.WithCheckDigit(first))) first--;
        return Cvr.WithCheckDigit(first);
    }
}
