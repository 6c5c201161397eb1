using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Rules;
using CandidateBank.Matching.Validation;

namespace CandidateBank.Matching.Tests;

/// <summary>Every refusal in Danish for the web app and clients that ask for it, while the REST contract's English stays as it was.</summary>
public class DanishValidationTests
{
    private readonly MessageValidator _validator = new(Municipalities.Denmark);

    /// <summary>An order wrong in every field the validator checks.</summary>
    private static JobOrder WrongEverywhere() => Profiles.LightRail() with
    {
        Title = new string('x', 301),
        Description = "Ring til 010190-1234.",
        Occupation = " ",
        RequiredSkills = [""],
        RequiredDriversLicences = ["X"],
        RequiredLanguages = ["dansk"],
        WorkMunicipality = "Arhus",
        StartDate = new DateOnly(1800, 1, 1),
        EmploymentType = "freelance",
        Positions = 0,
        ShortlistSize = 101,
        Wanted = 0,
        AnswerWithin = "next-week",
        Company = new Company("12345678", "Byg\u0007 A/S", "hr@letbanebyg.example"),
        ConsultantEmail = "søren@aarhus.example",
        JobCentre = "Gotham",
    };

    [Fact]
    public void An_order_wrong_in_every_field_is_refused_in_Danish_beside_each_field()
    {
        var danish = _validator.Validate(WrongEverywhere()).ErrorsIn(Language.Danish);

        Assert.Equal(["må højst være 300 tegn."], danish["title"]);
        Assert.Equal(["må ikke indeholde et CPR-nummer."], danish["description"]);
        Assert.Equal(["skal udfyldes."], danish["occupation"]);
        Assert.Equal(["skal udfyldes."], danish["requiredSkills[0]"]);
        Assert.Equal([$"'X' er ikke en dansk kørekortkategori ({string.Join(", ", DriversLicences.KnownClasses)})."], danish["requiredDriversLicences[0]"]);
        Assert.Equal(["'dansk' er ikke en ISO 639-1-sprogkode (to små bogstaver, f.eks. da for dansk og en for engelsk)."], danish["requiredLanguages[0]"]);
        Assert.Equal(["'Arhus' er ikke en dansk kommune; mente du Aarhus?"], danish["workMunicipality"]);
        Assert.Equal(["skal være en dato mellem 1. januar 1900 og 31. december 2200."], danish["startDate"]);
        Assert.Equal(["'freelance' er ikke en af ansættelsesformerne ordinary og temporary."], danish["employmentType"]);
        Assert.Equal(["skal være mellem 1 og 1000."], danish["positions"]);
        Assert.Equal(["skal være mellem 1 og 100."], danish["shortlistSize"]);
        Assert.Equal(["skal være mellem 1 og 100."], danish["wanted"]);
        Assert.Equal(["'next-week' er ikke en svarfrist; brug en af 24h, end-of-working-day, 2-working-days."], danish["answerWithin"]);
        Assert.Equal(["'12345678' er ikke et gyldigt CVR-nummer (8 cifre med korrekt kontrolciffer)."], danish["company.cvr"]);
        Assert.Equal(["må ikke indeholde kontroltegn (bortset fra linjeskift og tabulatorer) eller ødelagte Unicode-tegn."], danish["company.name"]);
        Assert.Equal(["skal være en e-mailadresse uden æ, ø og å (kun ASCII-tegn): 'søren@…' skrives 'soeren@…'."], danish["consultantEmail"]);
        Assert.Equal(["'Gotham' er ikke en dansk kommune."], danish["jobCentre"]);
    }

    [Fact]
    public void The_same_order_is_refused_in_the_unchanged_English_by_default()
    {
        var result = _validator.Validate(WrongEverywhere());

        Assert.Equal(result.ErrorsIn(Language.English), result.Errors);
        Assert.Equal(["must be at most 300 characters."], result.Errors["title"]);
        Assert.Equal(["is required."], result.Errors["occupation"]);
        Assert.Equal(["'Arhus' is not a Danish municipality; did you mean Aarhus?"], result.Errors["workMunicipality"]);
        Assert.Equal(["must be a date between 1900-01-01 and 2200-12-31."], result.Errors["startDate"]);
        Assert.Equal(["must be between 1 and 100."], result.Errors["shortlistSize"]);
        Assert.Equal(["'12345678' is not a valid CVR number (8 digits with a correct check digit)."], result.Errors["company.cvr"]);
        Assert.StartsWith("title: must be at most 300 characters.; ", result.ToString());
    }

    [Fact]
    public void Long_limits_are_written_the_Danish_way()
    {
        var danish = _validator.Validate(Profiles.LightRail() with { Description = new string('x', MessageValidator.MaxTextLength + 1) }).ErrorsIn(Language.Danish);

        Assert.Equal(["må højst være 10.000 tegn."], danish["description"]);
    }

    [Fact]
    public void Every_refusal_of_an_order_a_profile_and_a_tender_has_a_Danish_wording_of_its_own()
    {
        var profile = Profiles.Struktør() with
        {
            CandidateId = "kandidat æ", Version = 0, MaxCommuteKm = -1, EmploymentTypes = [], Occupations = [null!], Headline = "Ring 12345678",
            Contact = new Contact("Søren", "søren@x.dk", null),
        };
        var award = new TenderAwarded
        {
            TenderId = "", Project = "Letbane", Buyer = "Aarhus Kommune", Cvr = "1015081", CompanyName = "Byg A/S", WorkMunicipality = "Aarhuus",
            AwardedOn = new DateOnly(2026, 11, 1), StartDate = new DateOnly(2027, 1, 1), EndDate = new DateOnly(2026, 12, 1), ValueDkk = -1, Trades = [], Source = "udbud.dk",
        };

        foreach (var result in new[] { _validator.Validate(WrongEverywhere()), _validator.Validate(profile), _validator.Validate(award) })
        {
            var english = result.ErrorsIn(Language.English);
            var danish = result.ErrorsIn(Language.Danish);
            Assert.Equal(english.Keys, danish.Keys);
            foreach (var (field, messages) in english)
            {
                Assert.Equal(messages.Length, danish[field].Length);
                Assert.All(messages.Zip(danish[field]), pair => Assert.NotEqual(pair.First, pair.Second));
            }
        }
    }
}
