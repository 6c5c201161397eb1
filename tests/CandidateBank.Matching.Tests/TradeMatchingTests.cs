using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Shortlisting;

namespace CandidateBank.Matching.Tests;

/// <summary>Who counts as working in the order's trade, when titles are written as partners write them.</summary>
public sealed class TradeMatchingTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "cb-trades-" + Guid.NewGuid().ToString("N"));
    private readonly CandidateIndex _index;
    private readonly ShortlistBuilder _builder;

    public TradeMatchingTests()
    {
        _index = new CandidateIndex(_path, Municipalities.Denmark, RecruitmentNetworks.Defaults);
        _builder = new ShortlistBuilder(_index, Municipalities.Denmark, TimeProvider.System);
    }

    private Shortlist Shortlist(JobOrder order, params CandidateProfile[] profiles)
    {
        foreach (var profile in profiles) _index.Upsert(profile);
        _index.Refresh();
        return _builder.Build("order-1", order);
    }

    private static CandidateProfile Titled(string id, string title, string headline = "Erfaren håndværker", string summary = "Har arbejdet på broer og boliger.") =>
        Profiles.Struktør(id) with { Occupations = [new OccupationExperience(title, 6)], Headline = headline, Summary = summary, Skills = [] };

    [Fact]
    public void A_related_trade_is_reached_through_the_vocabulary_without_a_shared_word_and_ranked_below_the_trade()
    {
        var shortlist = Shortlist(Profiles.LightRail(), Titled("own", "Struktør"), Titled("related", "Forskallingssnedker"));

        Assert.Equal(["own", "related"], shortlist.Candidates.Select(c => c.CandidateId));
        Assert.Contains("beslægtet fag med", shortlist.Candidates[1].Explanation);
    }

    [Fact]
    public void Titles_written_with_a_qualifier_or_as_the_worker_of_the_trade_are_the_trade()
    {
        var shortlist = Shortlist(Profiles.LightRail(), Titled("svend", "Struktørsvend (beton)"), Titled("bracket", "Struktør (in situ, elementer)"));

        Assert.Equal(["bracket", "svend"], shortlist.Candidates.Select(c => c.CandidateId).Order());
        Assert.All(shortlist.Candidates, c => Assert.DoesNotContain("titlen ligner", c.Explanation));
    }

    [Fact]
    public void Another_trade_that_shares_a_word_with_the_order_never_takes_a_place()
    {
        var welders = Profiles.LightRail() with { Occupation = "Svejser", RequiredCertificates = [], RequiredSkills = [], PreferredSkills = [] };
        var shortlist = Shortlist(welders,
            Titled("welder", "Svejser", headline: "Svejser MIG/MAG"),
            Titled("inspector", "Svejseinspektør", headline: "Svejseinspektør, IWI-C, kontrol af svejsninger"),
            Titled("painter", "Maler", headline: "Maler der har svejset lidt"));

        Assert.Equal(["welder"], shortlist.Candidates.Select(c => c.CandidateId));
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_path, recursive: true);
    }
}
