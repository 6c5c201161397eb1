namespace CandidateBank.Store;

/// <summary>The company's rating of a shortlist. Only a hash of the single-use token in the email is stored.</summary>
public sealed class FeedbackRecord
{
    public required string TokenHash { get; set; }
    public required string JobOrderId { get; set; }
    /// <summary>The shortlist email whose link this is: an order sent more than once has one link per email.</summary>
    public string? EmailId { get; set; }
    public int? Rating { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset? RatedAt { get; set; }
}
