using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CandidateBank.Api.Auth;

/// <summary>
/// Who a presented key belongs to: the keys in the store (issued and revoked with the CLI, kept as SHA-256 hashes) and
/// those in configuration (for development and tests), both read on every call, so a key created or revoked takes
/// effect without a restart. The API's <c>X-Api-Key</c> header and the web app's sign-in both ask here.
/// </summary>
public sealed class ApiKeyLookup(IOptionsMonitor<ConfiguredApiKeys> keys, CandidateBankDb db)
{
    /// <summary>The caller's identity under <paramref name="scheme"/>, or null for an unknown or revoked key.</summary>
    public async Task<ClaimsPrincipal?> FindAsync(string presented, string scheme, CancellationToken cancellationToken)
    {
        var presentedHash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var configured = keys.CurrentValue.ApiKeys.FirstOrDefault(k =>
            !string.IsNullOrEmpty(k.Key) && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(k.Key)), presentedHash));
        if (configured is not null) return Principal(configured.Name, configured.Role, configured.JobCentre, scheme);

        var hash = Convert.ToHexStringLower(presentedHash);
        var issued = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.SecretSha256 == hash && k.RevokedAt == null, cancellationToken);
        return issued is null ? null : Principal(issued.Name, issued.Role, issued.JobCentre, scheme);
    }

    private static ClaimsPrincipal Principal(string name, string role, string? jobCentre, string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(ClaimTypes.Role, role.ToLowerInvariant()) };
        if (!string.IsNullOrWhiteSpace(jobCentre)) claims.Add(new Claim(Roles.JobCentreClaim, jobCentre));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
