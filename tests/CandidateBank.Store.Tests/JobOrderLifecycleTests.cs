using CandidateBank.Contracts;

namespace CandidateBank.Store.Tests;

/// <summary>The job order's lifecycle as a state machine: every allowed step, and every step it does not have refused.</summary>
public sealed class JobOrderLifecycleTests
{
    private static readonly DateTimeOffset Noon = new(2027, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static JobOrder Order() => new()
    {
        Title = "Fire struktører", Occupation = "struktør", WorkMunicipality = "Aarhus", StartDate = new DateOnly(2027, 3, 1),
        Company = new Company("10150817", "Østjysk Beton A/S", "hr@beton.example"), ConsultantEmail = "k@aarhus.example", JobCentre = "Aarhus",
    };

    private static Shortlist Shortlist() => new()
    {
        JobOrderId = "o-1", GeneratedAt = Noon, Candidates = [], NearMisses = [], QualifiedCount = 0, Insufficient = true,
    };

    private static JobOrderRecord In(string status)
    {
        var record = JobOrderRecord.Receive("o-1", Order(), Noon, Noon.AddHours(24));
        if (status == JobOrderStatus.Received) return record;
        record.Shortlisted(Shortlist());
        if (status == JobOrderStatus.Sent) record.Delivered();
        if (status == JobOrderStatus.DeliveryFailed) record.DeliveryFailed();
        if (status == JobOrderStatus.Closed) record.Close();
        if (status == JobOrderStatus.Filled) { record.Delivered(); record.Filled(); }
        if (status == JobOrderStatus.Expired) record.Expire();
        return record;
    }

    [Fact]
    public void A_received_order_carries_its_columns_and_deadline_and_keeps_the_order_it_was_given()
    {
        var record = JobOrderRecord.Receive("o-1", Order(), Noon, Noon.AddHours(24));

        Assert.Equal((JobOrderStatus.Received, "Aarhus", "Fire struktører", "10150817"), (record.Status, record.JobCentre, record.Title, record.CompanyCvr));
        Assert.Equal(Noon.AddHours(24), record.Deadline);
        Assert.Equal(("o-1", Noon), (record.Order.JobOrderId, record.Order.ReceivedAt));
        Assert.Null(record.Shortlist);
    }

    [Theory]
    [InlineData("received", "shortlist", "shortlisted")]
    [InlineData("shortlisted", "deliver", "sent")]
    [InlineData("shortlisted", "fail", "delivery-failed")]
    [InlineData("delivery-failed", "deliver", "sent")]
    [InlineData("delivery-failed", "fail", "delivery-failed")]
    [InlineData("received", "close", "closed")]
    [InlineData("shortlisted", "close", "closed")]
    [InlineData("sent", "close", "closed")]
    [InlineData("closed", "close", "closed")]
    [InlineData("closed", "deliver", "closed")] // an email already on its way when the order was cancelled
    [InlineData("closed", "fail", "closed")]
    [InlineData("sent", "fill", "filled")]
    [InlineData("shortlisted", "expire", "expired")]
    [InlineData("sent", "expire", "expired")]
    [InlineData("delivery-failed", "expire", "expired")]
    [InlineData("filled", "close", "filled")] // a filled order stays filled
    [InlineData("expired", "close", "closed")]
    [InlineData("expired", "deliver", "expired")]
    public void An_allowed_step_moves_the_order_to_its_next_status(string from, string step, string to)
    {
        var record = In(from);

        Apply(record, step);

        Assert.Equal(to, record.Status);
    }

    [Theory]
    [InlineData("received", "deliver")]
    [InlineData("received", "fail")]
    [InlineData("shortlisted", "shortlist")]
    [InlineData("sent", "shortlist")]
    [InlineData("sent", "deliver")]
    [InlineData("sent", "fail")]
    [InlineData("closed", "shortlist")]
    [InlineData("shortlisted", "fill")]
    [InlineData("received", "expire")]
    [InlineData("filled", "expire")]
    [InlineData("closed", "expire")]
    public void A_step_the_lifecycle_does_not_have_is_refused_and_changes_nothing(string from, string step)
    {
        var record = In(from);

        var refusal = Assert.Throws<InvalidOperationException>(() => Apply(record, step));

        Assert.Equal(from, record.Status);
        Assert.Contains($"is {from}", refusal.Message);
    }

    [Fact]
    public void Revising_the_shortlist_keeps_the_status_and_needs_a_shortlist()
    {
        Assert.Throws<InvalidOperationException>(() => In(JobOrderStatus.Received).Revise(Shortlist()));
        var record = In(JobOrderStatus.Shortlisted);

        record.Revise(Shortlist() with { GeneratedAt = Noon.AddHours(1) });

        Assert.Equal((JobOrderStatus.Shortlisted, Noon.AddHours(1)), (record.Status, record.Shortlist!.GeneratedAt));
    }

    private static void Apply(JobOrderRecord record, string step)
    {
        switch (step)
        {
            case "shortlist": record.Shortlisted(Shortlist()); break;
            case "deliver": record.Delivered(); break;
            case "fail": record.DeliveryFailed(); break;
            case "close": record.Close(); break;
            case "fill": record.Filled(); break;
            case "expire": record.Expire(); break;
            default: throw new ArgumentOutOfRangeException(nameof(step), step, null);
        }
    }
}
