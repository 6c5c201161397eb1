using CandidateBank.Server;

namespace CandidateBank.Api.Tests;

public class PlainHttpGuardTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://+:8080")]
    [InlineData("https://+:5443;http://10.0.0.5:5080")]
    public void Plain_http_on_a_network_address_outside_development_is_refused_naming_it(string urls)
    {
        var refusal = PlainHttpGuard.Refusal(urls, isDevelopment: false, plainHttpAllowed: false);
        Assert.NotNull(refusal);
        Assert.Contains("plain HTTP", refusal);
        Assert.Contains(urls.Split(';').Last(), refusal);
    }

    [Theory]
    [InlineData("http://localhost:5080")]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("https://+:5443")]
    public void Loopback_or_https_is_allowed_outside_development(string urls) =>
        Assert.Null(PlainHttpGuard.Refusal(urls, isDevelopment: false, plainHttpAllowed: false));

    [Fact]
    public void Plain_http_is_allowed_in_development_or_when_explicitly_allowed()
    {
        Assert.Null(PlainHttpGuard.Refusal("http://+:8080", isDevelopment: true, plainHttpAllowed: false));
        Assert.Null(PlainHttpGuard.Refusal("http://+:8080", isDevelopment: false, plainHttpAllowed: true));
    }
}
