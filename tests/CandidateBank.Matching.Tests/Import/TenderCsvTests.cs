using CandidateBank.Import;
using CandidateBank.Matching.Validation;

namespace CandidateBank.Matching.Tests.Import;

public class TenderCsvTests
{
    private const string Header = "tenderId;project;buyer;cvr;companyName;companyMunicipality;contactPerson;workMunicipality;awardedOn;startDate;endDate;valueDkk;trades;source";

    private static List<TenderRow> Read(params string[] lines) => TenderCsv.Read(new StringReader(string.Join("\r\n", lines))).ToList();

    [Fact]
    public void Register_export_with_bom_danish_dates_and_decimal_commas_is_read()
    {
        var rows = Read("\uFEFF" + Header,
            "T-1;\"Letbane; etape 2\";Aarhus Kommune;10150817;Østjysk Beton A/S;Aarhus;Mette Kjær;Aarhus;02-11-2026;01-03-2027;30-06-2028;48.500.000,50;struktør|forskallingstømrer;udbud.dk");
        var award = Assert.Single(rows).Award!;
        Assert.Equal("Letbane; etape 2", award.Project);
        Assert.Equal(new DateOnly(2027, 3, 1), award.StartDate);
        Assert.Equal(48_500_001, award.ValueDkk); // rounded to whole kroner
        Assert.Equal(["struktør", "forskallingstømrer"], award.Trades);
    }

    [Fact]
    public void Blank_lines_are_skipped_and_line_numbers_stay_those_of_the_file()
    {
        var rows = Read(Header, "", "T-1;P;B;10150817;C;;;Aarhus;2026-11-02;2027-03-01;;;struktør;x", ";;;;;;;;;;;;;", "T-2;P;B;10150817;C;;;Aarhus;31-02-2026;2027-03-01;;;struktør;x");
        Assert.Equal([3, 5], rows.Select(r => r.Line));
        Assert.Contains("awardedOn: '31-02-2026' is not a date", rows[1].Error);
    }

    [Fact]
    public void Repeated_row_is_a_duplicate_but_the_same_id_with_other_details_is_an_error()
    {
        const string row = "T-1;P;B;10150817;C;;;Aarhus;2026-11-02;2027-03-01;;;struktør;x";
        var rows = Read(Header, row, row, row.Replace("Aarhus", "Odense"));
        Assert.NotNull(rows[0].Award);
        Assert.True(rows[1].Duplicate);
        Assert.Contains("also on line 2 with other details", rows[2].Error);
    }

    [Fact]
    public void Missing_columns_are_named()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read("tenderId;project").ToList());
        Assert.Contains("cvr", error.Message);
    }

    [Fact]
    public void An_unknown_column_is_refused_naming_it_instead_of_its_values_being_dropped()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(Header + ";valueDKKr", "T-1;P;B;10150817;C;;;Aarhus;2026-11-02;2027-03-01;;;struktør;x;5").ToList());
        Assert.Contains("columns this file does not take, whose values would be lost: valueDKKr", error.Message);
    }

    [Fact]
    public void An_amount_too_large_for_the_bank_is_a_rejected_row_and_a_date_out_of_range_fails_validation_not_the_server()
    {
        var rows = Read(Header,
            "T-1;P;B;10150817;C;;;Aarhus;2026-11-02;2027-03-01;;99999999999999999999;struktør;x",
            "T-2;P;B;10150817;C;;;Aarhus;0001-01-01;2027-03-01;;;struktør;x");
        Assert.Contains("valueDkk: '99999999999999999999' is too large an amount", rows[0].Error);
        var validation = new MessageValidator(Geography.Municipalities.Denmark).Validate(rows[1].Award!);
        Assert.Contains("awardedOn: must be a date between 1900-01-01 and 2200-12-31.", validation.ToString());
    }

    [Theory]
    [InlineData("12.500", 12500)]
    [InlineData("1.234.567,89", 1234567.89)]
    [InlineData("2500000", 2500000)]
    [InlineData("2500000.75", 2500000.75)]
    [InlineData("3 000 000 kr.", 3000000)]
    public void Amounts_are_read_as_danish_exports_write_them(string text, decimal expected) =>
        Assert.Equal(expected, new Dictionary<string, string> { ["v"] = text }.OptionalDecimal("v"));

    [Theory]
    [InlineData("10150817", true)]
    [InlineData("10150818", false)]
    [InlineData("1015081", false)]
    [InlineData("1015081a", false)]
    public void Cvr_check_digit_is_verified(string cvr, bool valid) => Assert.Equal(valid, Cvr.IsValid(cvr));
}
