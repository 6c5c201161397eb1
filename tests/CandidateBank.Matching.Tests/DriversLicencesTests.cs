using CandidateBank.Matching.Rules;

namespace CandidateBank.Matching.Tests;

public class DriversLicencesTests
{
    [Theory]
    [InlineData("CE", "C")]
    [InlineData("CE", "B")]
    [InlineData("C", "B")]
    [InlineData("D", "B")]
    [InlineData("DE", "D")]
    [InlineData("ce", "b")]
    public void Higher_class_covers_the_lower_class(string held, string required) =>
        Assert.True(DriversLicences.Satisfies([held], [required]));

    [Theory]
    [InlineData("B", "C")]
    [InlineData("C", "CE")]
    [InlineData("C", "D")]
    [InlineData("D", "C")]
    [InlineData("D", "DE")]
    public void Lower_or_other_class_does_not_cover_the_required_class(string held, string required) =>
        Assert.False(DriversLicences.Satisfies([held], [required]));

    [Fact]
    public void Every_required_class_must_be_covered() =>
        Assert.False(DriversLicences.Satisfies(["C"], ["B", "D"]));

    [Fact]
    public void Unknown_class_is_not_known() => Assert.False(DriversLicences.IsKnown("Z"));
}
