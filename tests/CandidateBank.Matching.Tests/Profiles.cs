using CandidateBank.Contracts;

namespace CandidateBank.Matching.Tests;

/// <summary>Realistic test data: a struktør from Aarhus, varied per test with `with`.</summary>
public static class Profiles
{
    public static CandidateProfile Struktør(string id = "aarhus-1001", string home = "Aarhus") => new()
    {
        CandidateId = id,
        JobCentre = "Aarhus",
        Version = 1,
        Headline = "Erfaren struktør med betonarbejde og forskalling",
        Summary = "Har arbejdet på letbanen og med støbning af fundamenter.",
        Occupations = [new OccupationExperience("Struktør", 6)],
        Skills = ["forskalling", "armering", "betonstøbning"],
        Certificates = ["Epoxy-kursus"],
        DriversLicences = ["C"],
        Languages = ["da", "en"],
        HomeMunicipality = home,
        MaxCommuteKm = 40,
        AvailableFrom = new DateOnly(2027, 2, 1),
        EmploymentTypes = [EmploymentType.Ordinary, EmploymentType.Temporary],
        Consent = new Consent(ShareWithEmployers: true, ShareAcrossNetworks: true),
        Contact = new Contact("Jens Hansen", "jens@example.dk", "+45 11 22 33 44"),
    };

    public static JobOrder LightRail() => new()
    {
        Title = "Fire struktører til letbanen",
        Description = "Betonarbejde og forskalling på letbanens stoppesteder.",
        Occupation = "struktør",
        RequiredSkills = ["forskalling"],
        PreferredSkills = ["armering"],
        RequiredCertificates = ["Epoxy-kursus"],
        RequiredDriversLicences = ["B"],
        WorkMunicipality = "Aarhus",
        EmploymentType = EmploymentType.Ordinary,
        Positions = 4,
        StartDate = new DateOnly(2027, 3, 1),
        Company = new Company("12345674", "Aarhus Letbane Byg A/S", "hr@letbanebyg.example"),
        ConsultantEmail = "konsulent@aarhus.example",
    };
}
