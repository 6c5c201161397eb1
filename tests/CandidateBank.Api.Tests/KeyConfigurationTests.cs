using Microsoft.Extensions.Options;

namespace CandidateBank.Api.Tests;

/// <summary>A key that would act for no job centre, or the wrong one, stops the server at start with the setting named.</summary>
public sealed class KeyConfigurationTests
{
    [Theory]
    [InlineData("consultant", "", "(role consultant) has no JobCentre")]
    [InlineData("jobcentre", "Aarhuus", "JobCentre 'Aarhuus', which is not a Danish municipality; did you mean Aarhus?")]
    [InlineData("superuser", "Aarhus", "Role 'superuser'; it must be one of consultant, jobcentre, admin")]
    public void A_misconfigured_key_stops_the_server_naming_the_setting(string role, string jobCentre, string reason)
    {
        using var factory = CandidateBankFactory.WithFreshData(new Dictionary<string, string>
        {
            ["CandidateBank:ApiKeys:50:Name"] = "misconfigured", ["CandidateBank:ApiKeys:50:Key"] = "misconfigured-key-123456",
            ["CandidateBank:ApiKeys:50:Role"] = role, ["CandidateBank:ApiKeys:50:JobCentre"] = jobCentre,
        });

        var refused = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("CandidateBank:ApiKeys: the key named 'misconfigured'", refused.Message);
        Assert.Contains(reason, refused.Message);
    }

    [Fact]
    public void Two_keys_with_the_same_secret_stop_the_server()
    {
        using var factory = CandidateBankFactory.WithFreshData(new Dictionary<string, string>
        {
            ["CandidateBank:ApiKeys:50:Name"] = "twin", ["CandidateBank:ApiKeys:50:Key"] = CandidateBankFactory.AarhusKey,
            ["CandidateBank:ApiKeys:50:Role"] = "jobcentre", ["CandidateBank:ApiKeys:50:JobCentre"] = "Odense",
        });

        var refused = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("the keys named 'aarhus' and 'twin' have the same Key", refused.Message);
    }

    [Theory]
    [InlineData("CandidateBank:Orders:OpenDays", "0")]
    [InlineData("CandidateBank:Privacy:PurgeWithinSeconds", "-1")]
    public void A_window_of_no_time_stops_the_server_naming_the_setting(string setting, string value)
    {
        using var factory = CandidateBankFactory.WithFreshData(new Dictionary<string, string> { [setting] = value });

        var refusal = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains($"{setting} must be more than 0", refusal.Message);
    }
}
