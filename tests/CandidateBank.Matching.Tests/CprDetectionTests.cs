using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Validation;

namespace CandidateBank.Matching.Tests;

/// <summary>CPR numbers in the spellings people and systems produce are caught; what only looks alike is not.</summary>
public sealed class CprDetectionTests
{
    private readonly MessageValidator _validator = new(Municipalities.Denmark);

    [Theory]
    [InlineData("010190-1234")]
    [InlineData("0101901234")]
    [InlineData("01 01 90 1234")]
    [InlineData("010190 1234")]
    [InlineData("01.01.90-1234")]
    [InlineData("010190/1234")]
    [InlineData("01.01.90.1234")]
    [InlineData("01-01-90-1234")]
    [InlineData("010190\u20101234")]     // hyphen
    [InlineData("010190\u20111234")]     // non-breaking hyphen
    [InlineData("010190\u20131234")]     // en dash
    [InlineData("010190\u20141234")]     // em dash
    [InlineData("010190\u22121234")]     // minus sign
    [InlineData("010190\uFE631234")]     // small hyphen-minus
    [InlineData("010190\uFF0D1234")]     // fullwidth hyphen-minus
    [InlineData("０１０１９０－１２３４")] // fullwidth digits
    [InlineData("٠١٠١٩٠-١٢٣٤")]          // Arabic-Indic digits
    [InlineData("०१०१९०-१२३४")]          // Devanagari digits
    [InlineData("0101\u200B90-1234")]    // zero-width space inside
    [InlineData("01\u200D0190-1234")]    // zero-width joiner
    [InlineData("\u2060010190-1234")]    // word joiner before
    [InlineData("CPR: 311299-4321")]
    [InlineData("cpr-nr. 3112994321")]
    [InlineData("Født 29.02.00-1234")]
    [InlineData("personnummer 15 06 85 7777 i teksten")]
    [InlineData("(150685-7777)")]
    [InlineData("ref 150685-7777.")]
    public void Cpr_numbers_in_any_spelling_are_caught(string text) => Assert.True(PersonalDataScanner.ContainsCpr(text), text);

    [Theory]
    [InlineData("Kursus 2019-2021, 12 års erfaring")]
    [InlineData("EN ISO 9606-1 svejsecertifikat")]
    [InlineData("Arbejdede 2010-2015 på letbanen 2016-2019")]
    [InlineData("AMU 47673 Epoxy og isocyanater")]
    [InlineData("CVR-nr. 25313763")]
    [InlineData("Tlf. 20 30 40 50")]
    [InlineData("320190-1234")]                    // day 32
    [InlineData("011390-1234")]                    // month 13
    [InlineData("000190-1234")]                    // day 0
    [InlineData("01019012345")]                    // eleven digits
    [InlineData("10101901234")]                    // inside a longer number
    [InlineData("01.01.2019 kursus")]              // a date
    [InlineData("12.10.2019-2020")]                // a date and a span
    [InlineData("Uge 12-2024")]
    [InlineData("Ordrenr 4412-2024-0001")]
    [InlineData("IBAN DK50 0040 0440 1162 43")]
    [InlineData("Certifikat nr. 2023-118877")]
    [InlineData("010190-123")]                     // three digits after the date
    [InlineData("01019-1234")]                     // five digits before
    [InlineData("")]
    public void What_only_looks_like_a_cpr_number_is_not(string text) => Assert.False(PersonalDataScanner.ContainsCpr(text), text);

    [Theory]
    [InlineData("+46 70 190 12 34")]
    [InlineData("+46701901234")]
    [InlineData("0046 701901234")]
    [InlineData("+49 151 01019012")]
    public void A_phone_number_with_a_foreign_country_code_is_a_phone_number(string phone) =>
        Assert.True(_validator.Validate(Profiles.Struktør() with { Contact = new Contact("Jens", null, phone) }).IsValid);

    [Theory]
    [InlineData("010190-1234")]
    [InlineData("+45 010190-1234")]
    public void A_cpr_number_in_the_phone_field_is_still_caught(string phone) =>
        Assert.Contains("contact.phone", _validator.Validate(Profiles.Struktør() with { Contact = new Contact("Jens", null, phone) }).Errors.Keys);

    [Fact]
    public void A_number_labelled_cvr_in_a_summary_is_not_taken_for_a_phone_number() =>
        Assert.True(_validator.Validate(Profiles.Struktør() with { Summary = "Ansat hos Østjysk Beton A/S, CVR-nr. 25313763, i seks år." }).IsValid);

    [Theory]
    [InlineData("requiredCertificates[0]")]
    [InlineData("company.name")]
    [InlineData("consultantEmail")]
    public void Every_text_of_a_job_order_is_checked(string field)
    {
        var order = field switch
        {
            "requiredCertificates[0]" => Profiles.LightRail() with { RequiredCertificates = ["Epoxy 010190-1234"] },
            "company.name" => Profiles.LightRail() with { Company = Profiles.LightRail().Company with { Name = "Byg 010190-1234 ApS" } },
            _ => Profiles.LightRail() with { ConsultantEmail = "0101901234@aarhus.dk" },
        };

        Assert.Contains("must not contain a CPR number.", _validator.Validate(order).Errors[field]);
    }

    [Fact]
    public void Every_text_of_a_tender_award_is_checked()
    {
        var award = new TenderAwarded
        {
            TenderId = "T-1", Project = "Letbane", Buyer = "Aarhus Kommune", Cvr = "10150817", CompanyName = "Byg 010190-1234 A/S",
            WorkMunicipality = "Aarhus", AwardedOn = new DateOnly(2026, 11, 1), StartDate = new DateOnly(2027, 1, 1), Trades = ["struktør", "tømrer 0101901234"], Source = "udbud.dk",
        };

        var errors = _validator.Validate(award).Errors;

        Assert.Contains("must not contain a CPR number.", errors["companyName"]);
        Assert.Contains("must not contain a CPR number.", errors["trades[1]"]);
    }
}
