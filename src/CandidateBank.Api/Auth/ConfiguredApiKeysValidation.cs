using CandidateBank.Matching.Geography;
using Microsoft.Extensions.Options;

namespace CandidateBank.Api.Auth;

/// <summary>
/// Refuses to start with keys that would act for no one or for the wrong job centre: a jobcentre or consultant key
/// without a known JobCentre (its caller could submit orders it could never read back), an unknown role, an empty or
/// repeated key or name. The message names the setting, so the operator knows what to fix.
/// </summary>
public sealed class ConfiguredApiKeysValidation(Municipalities municipalities) : IValidateOptions<ConfiguredApiKeys>
{
    public ValidateOptionsResult Validate(string? name, ConfiguredApiKeys options)
    {
        var failures = new List<string>();
        foreach (var key in options.ApiKeys)
        {
            var which = $"CandidateBank:ApiKeys: the key named '{key.Name}'";
            if (string.IsNullOrWhiteSpace(key.Name)) failures.Add("CandidateBank:ApiKeys: a key has no Name.");
            if (string.IsNullOrWhiteSpace(key.Key)) failures.Add($"{which} has no Key.");
            if (!Roles.All.Contains(key.Role))
                failures.Add($"{which} has Role '{key.Role}'; it must be one of {string.Join(", ", Roles.All)}.");
            else if (key.Role != Roles.Admin && string.IsNullOrWhiteSpace(key.JobCentre))
                failures.Add($"{which} (role {key.Role}) has no JobCentre: set the municipality whose job centre it acts for.");
            if (!string.IsNullOrWhiteSpace(key.JobCentre) && !municipalities.Contains(key.JobCentre))
                failures.Add($"{which} has JobCentre '{key.JobCentre}', which is not a Danish municipality" +
                    (municipalities.Nearest(key.JobCentre) is { Count: > 0 } nearest ? $"; did you mean {string.Join(" or ", nearest)}?" : "."));
        }
        foreach (var repeated in options.ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k.Key)).GroupBy(k => k.Key).Where(g => g.Count() > 1))
            failures.Add($"CandidateBank:ApiKeys: the keys named {string.Join(" and ", repeated.Select(k => $"'{k.Name}'"))} have the same Key.");
        foreach (var repeated in options.ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k.Name)).GroupBy(k => k.Name).Where(g => g.Count() > 1))
            failures.Add($"CandidateBank:ApiKeys: the name '{repeated.Key}' is used by {repeated.Count()} keys.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
