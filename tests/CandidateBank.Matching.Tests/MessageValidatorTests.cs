using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Validation;

namespace CandidateBank.Matching.Tests;

public class MessageValidatorTests
{
    private readonly MessageValidator _validator = new(Municipalities.Denmark);

    [Fact]
    public void A_complete_profile_is_valid() => Assert.True(_validator.Validate(Profiles.Struktør()).IsValid);

    [Fact]
    public void Unknown_home_municipality_is_named_in_the_error()
    {
        var result = _validator.Validate(Profiles.Struktør() with { HomeMunicipality = "Gotham" });
        Assert.Equal(["'Gotham' is not a Danish municipality."], result.Errors["homeMunicipality"]);
    }

    [Fact]
    public void Unknown_licence_class_is_named_with_its_position()
    {
        var result = _validator.Validate(Profiles.Struktør() with { DriversLicences = ["B", "Z"] });
        Assert.True(result.Errors.ContainsKey("driversLicences[1]"));
        Assert.False(result.Errors.ContainsKey("driversLicences[0]"));
    }

    [Fact]
    public void Version_zero_and_negative_commute_are_rejected()
    {
        var result = _validator.Validate(Profiles.Struktør() with { Version = 0, MaxCommuteKm = -1 });
        Assert.Contains("version", result.Errors.Keys);
        Assert.Contains("maxCommuteKm", result.Errors.Keys);
    }

    [Fact]
    public void Unknown_employment_type_is_rejected() =>
        Assert.Contains("employmentTypes", _validator.Validate(Profiles.Struktør() with { EmploymentTypes = ["freelance"] }).Errors.Keys);

    [Fact]
    public void Job_order_with_bad_cvr_and_email_names_both_fields()
    {
        var order = Profiles.LightRail() with { Company = new("1234", "Firma", "no-at-sign"), };
        var result = _validator.Validate(order);
        Assert.Contains("company.cvr", result.Errors.Keys);
        Assert.Contains("company.contactEmail", result.Errors.Keys);
        Assert.Contains("company.cvr", result.ToString());
    }

    [Fact]
    public void Complete_job_order_is_valid() => Assert.True(_validator.Validate(Profiles.LightRail()).IsValid);
}
