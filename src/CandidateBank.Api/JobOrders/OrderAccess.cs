using System.Security.Claims;
using CandidateBank.Api.Auth;
using CandidateBank.Matching.Geography;
using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Api.JobOrders;

/// <summary>
/// Which job orders a caller may read, as a filter in SQL: admins every order; a consultant the orders of their own job
/// centre, or of every job centre in their recruitment network when <c>CandidateBank:Consultants:SeeNetworkOrders</c>
/// is on. Every job-order door reads through here, so another job centre's order looks exactly like a missing one.
/// </summary>
public sealed class OrderAccess(RecruitmentNetworks networks, Municipalities municipalities, bool networkWide)
{
    public IQueryable<JobOrderRecord> Readable(IQueryable<JobOrderRecord> orders, ClaimsPrincipal user)
    {
        if (user.IsAdmin()) return orders;
        var centres = JobCentresOf(user);
        return orders.Where(o => o.JobCentre != null && centres.Contains(o.JobCentre));
    }

    public Task<JobOrderRecord?> FindAsync(CandidateBankDb db, ClaimsPrincipal user, string id, CancellationToken cancellationToken) =>
        Readable(db.JobOrders, user).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    private List<string> JobCentresOf(ClaimsPrincipal user)
    {
        if (user.JobCentre() is not { } claimed) return [];
        var own = municipalities.Canonical(claimed);
        return networkWide && networks.NetworkOf(own) is { } network ? [.. networks.Members[network]] : [own];
    }
}
