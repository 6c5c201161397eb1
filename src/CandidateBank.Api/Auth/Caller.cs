using System.Security.Claims;

namespace CandidateBank.Api.Auth;

/// <summary>Who is calling, as the endpoints need to know it for tenancy checks.</summary>
public static class Caller
{
    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(Roles.Admin);

    public static string? JobCentre(this ClaimsPrincipal user) => user.FindFirstValue(Roles.JobCentreClaim);

    /// <summary>Admins act for every job centre; a jobcentre key only for its own.</summary>
    public static bool ActsFor(this ClaimsPrincipal user, string jobCentre) =>
        user.IsAdmin() || string.Equals(user.JobCentre(), jobCentre?.Trim(), StringComparison.OrdinalIgnoreCase);
}
