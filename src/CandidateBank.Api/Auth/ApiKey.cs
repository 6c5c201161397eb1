namespace CandidateBank.Api.Auth;

/// <summary>One entry of <c>CandidateBank:ApiKeys</c>.</summary>
public sealed class ApiKey
{
    public string Name { get; set; } = "";
    public string Key { get; set; } = "";
    public string Role { get; set; } = "";
    /// <summary>The municipality whose job centre the key acts for (jobcentre and consultant roles).</summary>
    public string? JobCentre { get; set; }
}

public sealed class ConfiguredApiKeys
{
    public List<ApiKey> ApiKeys { get; set; } = [];
}
