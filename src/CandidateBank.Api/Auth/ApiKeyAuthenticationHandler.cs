using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using CandidateBank.Store;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CandidateBank.Api.Auth;

/// <summary>
/// Authenticates the <c>X-Api-Key</c> header against the keys in the store (issued and revoked with the CLI, kept as
/// SHA-256 hashes) and those in configuration (for development and tests). Both are read on every request, so a key
/// created or revoked takes effect without a restart. The key itself is never logged.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<ConfiguredApiKeys> keys,
    CandidateBankDb db) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var presented) || string.IsNullOrEmpty(presented))
            return AuthenticateResult.NoResult();

        var presentedHash = SHA256.HashData(Encoding.UTF8.GetBytes(presented.ToString()));
        var configured = keys.CurrentValue.ApiKeys.FirstOrDefault(k =>
            !string.IsNullOrEmpty(k.Key) && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(k.Key)), presentedHash));
        if (configured is not null) return Success(configured.Name, configured.Role, configured.JobCentre);

        var hash = Convert.ToHexStringLower(presentedHash);
        var issued = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.SecretSha256 == hash && k.RevokedAt == null, Context.RequestAborted);
        return issued is null ? AuthenticateResult.Fail("Unknown or revoked API key.") : Success(issued.Name, issued.Role, issued.JobCentre);
    }

    private static AuthenticateResult Success(string name, string role, string? jobCentre)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(ClaimTypes.Role, role.ToLowerInvariant()) };
        if (!string.IsNullOrWhiteSpace(jobCentre)) claims.Add(new Claim(Roles.JobCentreClaim, jobCentre));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        WriteProblem(StatusCodes.Status401Unauthorized, "Missing or unknown API key",
            $"Send a valid API key in the {Header} header.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblem(StatusCodes.Status403Forbidden, "Not allowed for this API key",
            $"The key '{Context.User.Identity?.Name}' has the role '{Context.User.FindFirstValue(ClaimTypes.Role)}', which may not call this endpoint.");

    private Task WriteProblem(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(Context);
}
