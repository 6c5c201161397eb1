using System.Security.Claims;
using CandidateBank.Matching.Geography;

namespace CandidateBank.Api.Auth;

/// <summary>Who is calling, as the endpoints need to know it for tenancy checks.</summary>
public static class Caller
{
    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(Roles.Admin);

    public static string? JobCentre(this ClaimsPrincipal user) => user.FindFirstValue(Roles.JobCentreClaim);

    /// <summary>
    /// Whether a consultant may read a job order taken by <paramref name="orderJobCentre"/>: admins always; a consultant
    /// for their own job centre, or for any in their network when <paramref name="networkWide"/> is configured.
    /// </summary>
    public static bool MayReadOrderOf(this ClaimsPrincipal user, string? orderJobCentre, RecruitmentNetworks networks, bool networkWide)
    {
        if (user.IsAdmin()) return true;
        if (orderJobCentre is null || user.JobCentre() is not { } own) return false;
        if (string.Equals(own, orderJobCentre.Trim(), StringComparison.OrdinalIgnoreCase)) return true;
        return networkWide && networks.NetworkOf(own) is { } network && network == networks.NetworkOf(orderJobCentre);
    }

    /// <summary>Admins act for every job centre; a jobcentre key only for its own.</summary>
    public static bool ActsFor(this ClaimsPrincipal user, string jobCentre) =>
        user.IsAdmin() || string.Equals(user.JobCentre(), jobCentre?.Trim(), StringComparison.OrdinalIgnoreCase);
}

/// <summary><c>CandidateBank:Consultants:SeeNetworkOrders</c>: consultants read the orders of every job centre in their network.</summary>
public sealed record OrderVisibility(bool NetworkWide);
