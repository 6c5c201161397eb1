namespace CandidateBank.Store;

public static class JobOrderStatus
{
    public const string Received = "received";
    public const string Shortlisted = "shortlisted";
    /// <summary>The shortlist email was accepted by the mail server (or written to the .eml outbox).</summary>
    public const string Sent = "sent";
    /// <summary>The shortlist email failed permanently; the reason is in the order's delivery.</summary>
    public const string DeliveryFailed = "delivery-failed";
    /// <summary>As many candidates hired as the order has positions.</summary>
    public const string Filled = "filled";
    public const string Closed = "closed";
    /// <summary>Open for <c>CandidateBank:Orders:OpenDays</c> without anything happening: nobody is working on it any more.</summary>
    public const string Expired = "expired";

    /// <summary>The orders still being worked on: shortlisted, sent and not yet filled, or waiting for a retried email.</summary>
    public static readonly string[] Open = [Shortlisted, Sent, DeliveryFailed];

    /// <summary>The orders whose answer has not gone out yet: the promise watcher, the gauges and the app's "I fare" all count these.</summary>
    public static readonly string[] Unsent = [Received, Shortlisted, DeliveryFailed];
}
