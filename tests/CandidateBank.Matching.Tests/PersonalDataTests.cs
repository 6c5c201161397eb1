using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Validation;

namespace CandidateBank.Matching.Tests;

public class PersonalDataTests
{
    private readonly MessageValidator _validator = new(Municipalities.Denmark);

    [Theory]
    [InlineData("CPR 010190-1234")]
    [InlineData("cpr:0101901234")]
    [InlineData("Født 311299-4321, bor i Aarhus")]
    public void Cpr_number_in_free_text_is_rejected_naming_the_field(string summary) =>
        Assert.Equal(["must not contain a CPR number."], _validator.Validate(Profiles.Struktør() with { Summary = summary }).Errors["summary"]);

    [Theory]
    [InlineData("Kursus 2019-2021, 12 års erfaring")]
    [InlineData("EN ISO 9606-1 svejsecertifikat")]
    [InlineData("Arbejdede 2010-2015 på letbanen 2016-2019")]
    public void Years_and_standard_numbers_are_not_mistaken_for_personal_data(string summary) =>
        Assert.True(_validator.Validate(Profiles.Struktør() with { Summary = summary }).IsValid);

    [Fact]
    public void Cpr_number_is_rejected_in_contact_too() =>
        Assert.Contains("contact.phone", _validator.Validate(Profiles.Struktør() with { Contact = new Contact("Jens", null, "010190-1234") }).Errors.Keys);

    [Theory]
    [InlineData("Ring på 20 30 40 50")]
    [InlineData("Kontakt +4520304050")]
    [InlineData("skriv til jens@example.dk")]
    public void Contact_details_outside_contact_are_rejected(string headline) =>
        Assert.Contains("headline", _validator.Validate(Profiles.Struktør() with { Headline = headline }).Errors.Keys);

    [Fact]
    public void Contact_details_in_contact_are_accepted() =>
        Assert.True(_validator.Validate(Profiles.Struktør() with { Contact = new Contact("Jens", "jens@example.dk", "+45 20 30 40 50") }).IsValid);

    [Fact]
    public void Cpr_number_in_a_job_order_description_is_rejected() =>
        Assert.Contains("description", _validator.Validate(Profiles.LightRail() with { Description = "Ansæt 010190-1234" }).Errors.Keys);

    [Theory]
    [InlineData("name")]
    [InlineData("phone")]
    [InlineData("email")]
    public void Contact_details_have_a_length_limit(string part)
    {
        var contact = part switch
        {
            "name" => new Contact(new string('a', 201), null, null),
            "phone" => new Contact("Jens", null, "+45 " + new string('2', 60)),
            _ => new Contact("Jens", new string('j', 250) + "@example.dk", null),
        };

        Assert.Contains($"contact.{part}", _validator.Validate(Profiles.Struktør() with { Contact = contact }).Errors.Keys);
    }

    [Theory]
    [InlineData("Byg\u0000 ApS")]
    [InlineData("Byg\u001B[31m ApS")]
    [InlineData("Byg\u0007 ApS")]
    public void Control_characters_in_a_company_name_are_refused(string name) =>
        Assert.Contains("company.name", _validator.Validate(Profiles.LightRail() with { Company = Profiles.LightRail().Company with { Name = name } }).Errors.Keys);
}
