using CandidateBank.Contracts;
using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.SyntheticData;

/// <summary>One synthetic profile at a time from a seeded stream. Strings from the vocabulary are shared, not copied.</summary>
internal sealed class CandidateGenerator(SyntheticBank bank, Random random)
{
    private static readonly string[] FirstNames =
        ["Jens", "Mette", "Peter", "Anne", "Lars", "Kirsten", "Michael", "Hanne", "Søren", "Camilla", "Mads", "Louise",
         "Thomas", "Sofie", "Ahmed", "Fatima", "Piotr", "Agnieszka", "Mikkel", "Emma", "Rasmus", "Ida", "Jonas", "Maja"];
    private static readonly string[] LastNames =
        ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen",
         "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Kowalski", "Yilmaz", "Hussein", "Møller"];
    private static readonly string[] OtherLanguages = ["pl", "de", "ro", "uk", "lt", "ar", "tr", "sv"];
    private static readonly WeightedChoice<int> CommuteKm = new([(10, 1), (20, 2), (25, 2), (30, 4), (40, 4), (50, 3), (60, 2), (75, 1), (100, 1)]);

    public CandidateProfile Next(string candidateId)
    {
        var occupation = bank.Occupations.Next(random);
        var years = (int)Math.Round(Math.Pow(random.NextDouble(), 1.5) * 30);
        var skills = Skills(occupation, random.Next(2, 6));
        var home = bank.Homes.Next(random);
        var commute = CommuteKm.Next(random);
        var first = SyntheticBank.Pick(random, FirstNames);
        var last = SyntheticBank.Pick(random, LastNames);
        return new CandidateProfile
        {
            CandidateId = candidateId,
            JobCentre = home,
            Version = 1,
            Headline = Headline(Title(occupation), years, skills),
            Summary = $"Har arbejdet med {string.Join(", ", skills).ToLowerInvariant()}. Bor i {home} og kan pendle op til {commute} km.",
            Occupations = Occupations(occupation, years),
            Skills = skills,
            Certificates = Certificates(occupation),
            DriversLicences = Licences(occupation),
            Languages = Languages(),
            HomeMunicipality = home,
            MaxCommuteKm = commute,
            AvailableFrom = SyntheticBank.Epoch.AddDays(random.Next(-30, 180)),
            EmploymentTypes = random.Next(20) switch
            {
                < 14 => [EmploymentType.Ordinary],
                < 19 => [EmploymentType.Ordinary, EmploymentType.Temporary],
                _ => [EmploymentType.Temporary],
            },
            Senior = SyntheticBank.Chance(random, 0.03),
            Consent = new Consent(ShareWithEmployers: SyntheticBank.Chance(random, 0.95), ShareAcrossNetworks: SyntheticBank.Chance(random, 0.8)),
            Contact = new Contact($"{first} {last}", AsciiEmail($"{first}.{last}.{candidateId}@example.dk"),
                $"+45 {random.Next(20, 99)} {random.Next(100):D2} {random.Next(100):D2} {random.Next(100):D2}"),
        };
    }

    /// <summary>Addresses are ASCII, as the schemas' email format requires: Sørensen is soerensen, as Danes write it.</summary>
    private static string AsciiEmail(string address) =>
        address.ToLowerInvariant().Replace("æ", "ae").Replace("ø", "oe").Replace("å", "aa");

    /// <summary>Mostly the trade's own name; sometimes another title the vocabulary knows for it (betonstruktør).</summary>
    private string Title(Occupation occupation)
    {
        if (occupation.Titles.Count == 0 || SyntheticBank.Chance(random, 0.85)) return occupation.Name;
        var title = occupation.Titles[random.Next(Math.Min(occupation.Titles.Count, 6))];
        return char.ToUpperInvariant(title[0]) + title[1..];
    }

    private string Headline(string title, int years, IReadOnlyList<string> skills) => random.Next(3) switch
    {
        0 => $"{title} med {years} års erfaring",
        1 => $"Erfaren {title.ToLowerInvariant()} med {skills[0].ToLowerInvariant()}",
        _ => $"{title} – {skills[0].ToLowerInvariant()} og {skills[^1].ToLowerInvariant()}",
    };

    private List<OccupationExperience> Occupations(Occupation occupation, int years)
    {
        var occupations = new List<OccupationExperience> { new(occupation.Name, years) };
        if (occupation.Related.Count > 0 && SyntheticBank.Chance(random, 0.2))
            occupations.Add(new OccupationExperience(SyntheticBank.Pick(random, occupation.Related), random.Next(1, 6)));
        return occupations;
    }

    /// <summary>Mostly the trade's own skills, so a murer knows murerarbejde and pudsning more often than asfalt.</summary>
    private List<string> Skills(Occupation occupation, int count)
    {
        var pool = bank.SkillPool(occupation);
        var skills = new List<string>(count);
        for (var attempt = 0; skills.Count < count && attempt < count * 4; attempt++)
        {
            var skill = pool[(int)(Math.Pow(random.NextDouble(), 4) * pool.Length)];
            if (!skills.Contains(skill)) skills.Add(skill);
        }
        return skills;
    }

    private List<string> Certificates(Occupation occupation)
    {
        var certificates = new List<string>();
        foreach (var course in occupation.Courses ?? [])
            if (SyntheticBank.Chance(random, 0.75)) certificates.Add(Spelling(course));
        foreach (var course in TradeFields.Certificates[occupation.Field])
            if (SyntheticBank.Chance(random, 0.15) && !certificates.Contains(course)) certificates.Add(Spelling(course));
        return certificates;
    }

    /// <summary>Partners write course names their own way now and then; the vocabulary knows the spellings.</summary>
    private string Spelling(string certificate) =>
        SyntheticBank.Chance(random, 0.1) && bank.Vocabulary.Certificate(certificate) is { Variants.Count: > 0 } known
            ? SyntheticBank.Pick(random, known.Variants)
            : certificate;

    private List<string> Licences(Occupation occupation)
    {
        var licences = new List<string>();
        var heavy = TradeFields.HeavyLicences(occupation.Name);
        if (heavy.Length > 0 && SyntheticBank.Chance(random, 0.9)) licences.Add(SyntheticBank.Pick(random, heavy));
        else if (SyntheticBank.Chance(random, 0.03)) licences.Add("C");
        if (SyntheticBank.Chance(random, 0.85) && licences.Count == 0) licences.Add("B");
        return licences;
    }

    private List<string> Languages()
    {
        var languages = new List<string>();
        if (SyntheticBank.Chance(random, 0.92)) languages.Add("da");
        if (SyntheticBank.Chance(random, 0.55)) languages.Add("en");
        if (languages.Count == 0 || SyntheticBank.Chance(random, 0.06)) languages.Add(SyntheticBank.Pick(random, OtherLanguages));
        return languages.Distinct().ToList();
    }
}
