using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Shortlisting;

namespace CandidateBank.Matching.Tests;

/// <summary>
/// The hard rules against a real Lucene index on disk (each candidate fails exactly one rule), and who counts as working
/// in the order's trade when titles are written as partners write them.
/// </summary>
public sealed class ShortlistBuilderTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "cb-index-" + Guid.NewGuid().ToString("N"));
    private readonly CandidateIndex _index;
    private readonly ShortlistBuilder _builder;

    public ShortlistBuilderTests()
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

    private static string[] Ids(Shortlist shortlist) => shortlist.Candidates.Select(c => c.CandidateId).ToArray();

    [Fact]
    public void Qualified_candidate_is_shortlisted_with_matches_and_a_danish_explanation()
    {
        var shortlist = Shortlist(Profiles.LightRail(), Profiles.Struktør("ok"));
        var candidate = Assert.Single(shortlist.Candidates);
        Assert.Equal(1, candidate.Rank);
        Assert.Equal(["Forskalling", "Armering"], candidate.MatchedSkills); // the vocabulary's canonical names
        Assert.Equal(["Epoxy-kursus"], candidate.MatchedCertificates);
        Assert.Equal(0, candidate.DistanceKm);
        Assert.Contains("6 års erfaring", candidate.Explanation);
        Assert.Contains("ledig fra", candidate.Explanation);
    }

    [Fact]
    public void Candidate_beyond_commute_limit_is_excluded() =>
        Assert.Empty(Ids(Shortlist(Profiles.LightRail(), Profiles.Struktør("far", home: "København"))));

    [Fact]
    public void Candidate_available_after_start_date_is_excluded() =>
        Assert.Empty(Ids(Shortlist(Profiles.LightRail(), Profiles.Struktør("late") with { AvailableFrom = new DateOnly(2027, 3, 2) })));

    [Fact]
    public void Candidate_available_on_start_date_is_included() =>
        Assert.Equal(["on-time"], Ids(Shortlist(Profiles.LightRail(), Profiles.Struktør("on-time") with { AvailableFrom = new DateOnly(2027, 3, 1) })));

    [Fact]
    public void Licence_hierarchy_applies_CE_covers_C_but_B_does_not()
    {
        var order = Profiles.LightRail() with { RequiredDriversLicences = ["C"] };
        var shortlist = Shortlist(order,
            Profiles.Struktør("ce") with { DriversLicences = ["CE"] },
            Profiles.Struktør("b") with { DriversLicences = ["B"] });
        Assert.Equal(["ce"], Ids(shortlist));
    }

    [Fact]
    public void Candidate_missing_a_required_certificate_is_a_near_miss_naming_it()
    {
        var shortlist = Shortlist(Profiles.LightRail(), Profiles.Struktør("no-epoxy") with { Certificates = [] });
        Assert.Empty(shortlist.Candidates);
        var nearMiss = Assert.Single(shortlist.NearMisses);
        Assert.Equal("no-epoxy", nearMiss.CandidateId);
        Assert.Equal(["Epoxy-kursus"], nearMiss.Missing);
    }

    [Fact]
    public void Candidate_missing_three_certificates_is_not_a_near_miss()
    {
        var order = Profiles.LightRail() with { RequiredCertificates = ["Epoxy-kursus", "Arbejde på vej", "Asbest-kursus", "Kran-certifikat"] };
        var shortlist = Shortlist(order, Profiles.Struktør("one-of-four"));
        Assert.Empty(shortlist.Candidates);
        Assert.Empty(shortlist.NearMisses);
    }

    [Fact]
    public void Certificate_names_match_regardless_of_case_and_spacing() =>
        Assert.Equal(["case"], Ids(Shortlist(Profiles.LightRail(), Profiles.Struktør("case") with { Certificates = ["  epoxy-KURSUS "] })));

    [Fact]
    public void Employment_type_not_accepted_excludes_candidate() =>
        Assert.Empty(Ids(Shortlist(Profiles.LightRail(), Profiles.Struktør("temp-only") with { EmploymentTypes = [EmploymentType.Temporary] })));

    [Fact]
    public void Candidate_without_cross_network_consent_is_matched_only_inside_own_network()
    {
        var privateCandidate = Profiles.Struktør("private") with
        {
            JobCentre = "Odense", HomeMunicipality = "Middelfart", MaxCommuteKm = 100,
            Consent = new Consent(true, ShareAcrossNetworks: false),
        };
        // Odense is in Rekrutteringsservice Fyn; Aarhus (Bygge & Anlæg Østjylland) and Kolding (no network) are not.
        Assert.Equal(["private"], Ids(Shortlist(Profiles.LightRail() with { WorkMunicipality = "Odense" }, privateCandidate)));
        Assert.Empty(Ids(_builder.Build("order-2", Profiles.LightRail() with { WorkMunicipality = "Kolding" })));
        Assert.Empty(Ids(_builder.Build("order-3", Profiles.LightRail() with { WorkMunicipality = "Vejle" })));
    }

    [Fact]
    public void Other_occupation_is_not_shortlisted() =>
        Assert.Empty(Ids(Shortlist(Profiles.LightRail(), Profiles.Struktør("cook") with
        {
            Headline = "Kok med erfaring fra kantine", Occupations = [new OccupationExperience("Kok", 8)], Summary = "",
        })));

    [Fact]
    public void Same_title_ranks_above_a_synonym_which_ranks_above_a_related_trade()
    {
        var shortlist = Shortlist(Profiles.LightRail(),
            Profiles.Struktør("related") with { Occupations = [new OccupationExperience("Betonarbejder", 6)], Headline = "Betonarbejder" },
            Profiles.Struktør("synonym") with { Occupations = [new OccupationExperience("Betonstruktør", 6)], Headline = "Betonstruktør" },
            Profiles.Struktør("exact"));
        Assert.Equal(["exact", "synonym", "related"], Ids(shortlist));
        Assert.Contains("samme fag som struktør", shortlist.Candidates[1].Explanation);
        Assert.Contains("beslægtet fag med struktør", shortlist.Candidates[2].Explanation);
    }

    [Fact]
    public void Certificate_required_in_one_spelling_is_met_by_another_and_reported_by_its_canonical_name()
    {
        var shortlist = Shortlist(Profiles.LightRail() with { RequiredCertificates = ["epoxybevis"] },
            Profiles.Struktør("amu") with { Certificates = ["Epoxy og isocyanater (AMU)"] });
        Assert.Equal(["Epoxy-kursus"], Assert.Single(shortlist.Candidates).MatchedCertificates);
    }

    [Fact]
    public void Missing_preferred_skill_is_named_in_the_explanation()
    {
        var shortlist = Shortlist(Profiles.LightRail(), Profiles.Struktør("no-rebar") with { Skills = ["forskalling"], Summary = "" });
        Assert.Contains("mangler ønsket: Armering", Assert.Single(shortlist.Candidates).Explanation);
    }

    [Fact]
    public void More_experience_ranks_higher_when_all_else_is_equal()
    {
        var shortlist = Shortlist(Profiles.LightRail(),
            Profiles.Struktør("junior") with { Occupations = [new OccupationExperience("Struktør", 1)] },
            Profiles.Struktør("senior") with { Occupations = [new OccupationExperience("Struktør", 9)] });
        Assert.Equal(["senior", "junior"], Ids(shortlist));
    }

    [Fact]
    public void Closer_candidate_ranks_first_and_ties_break_by_id()
    {
        var shortlist = Shortlist(Profiles.LightRail(),
            Profiles.Struktør("b-far", home: "Skanderborg"),
            Profiles.Struktør("a-near"),
            Profiles.Struktør("c-near"));
        Assert.Equal(["a-near", "c-near", "b-far"], Ids(shortlist));
        Assert.Equal([1, 2, 3], shortlist.Candidates.Select(c => c.Rank));
    }

    [Fact]
    public void Withdrawn_candidate_disappears_from_later_shortlists()
    {
        Shortlist(Profiles.LightRail(), Profiles.Struktør("gone"));
        _index.Delete(new CandidateKey("Aarhus", "gone"));
        _index.Refresh();
        Assert.Empty(Ids(_builder.Build("order-2", Profiles.LightRail())));
    }

    [Fact]
    public void Fewer_than_four_qualified_is_flagged_insufficient_not_padded()
    {
        var shortlist = Shortlist(Profiles.LightRail(),
            Profiles.Struktør("q1"), Profiles.Struktør("q2"), Profiles.Struktør("q3"),
            Profiles.Struktør("no-epoxy") with { Certificates = [] });
        Assert.True(shortlist.Insufficient);
        Assert.Equal(3, shortlist.QualifiedCount);
        Assert.Equal(3, shortlist.Candidates.Count);
    }

    [Fact]
    public void Four_qualified_are_sufficient_and_counted_beyond_the_shortlist_size()
    {
        var profiles = Enumerable.Range(1, 6).Select(i => Profiles.Struktør($"q{i}")).ToArray();
        var shortlist = Shortlist(Profiles.LightRail() with { ShortlistSize = 4 }, profiles);
        Assert.False(shortlist.Insufficient);
        Assert.Equal(6, shortlist.QualifiedCount);
        Assert.Equal(4, shortlist.Candidates.Count);
    }

    [Fact]
    public void Shortlist_is_cut_at_the_requested_size()
    {
        var profiles = Enumerable.Range(1, 5).Select(i => Profiles.Struktør($"s{i}")).ToArray();
        Assert.Equal(3, Shortlist(Profiles.LightRail() with { ShortlistSize = 3 }, profiles).Candidates.Count);
    }

    [Fact]
    public void On_a_senior_friendly_order_a_senior_ranks_up_and_elsewhere_the_flag_changes_nothing()
    {
        CandidateProfile[] twins = [Profiles.Struktør("a-younger"), Profiles.Struktør("b-senior") with { Senior = true }];

        var plain = Shortlist(Profiles.LightRail(), twins);
        var friendly = Shortlist(Profiles.LightRail() with { SeniorFriendly = true }, twins);

        Assert.Equal(["a-younger", "b-senior"], plain.Candidates.Select(c => c.CandidateId)); // equal scores: id order
        Assert.Equal(["b-senior", "a-younger"], friendly.Candidates.Select(c => c.CandidateId));
        Assert.Contains("seniorvenlig", friendly.Candidates[0].Explanation);
        Assert.DoesNotContain("seniorvenlig", plain.Candidates[1].Explanation);
    }

    [Fact]
    public void Expunging_rewrites_a_large_segment_for_a_single_erased_profile()
    {
        foreach (var i in Enumerable.Range(1, 500)) _index.Upsert(Profiles.Struktør($"e{i}"));
        _index.Refresh();
        _index.Compact();
        _index.Delete(new CandidateKey("Aarhus", "e7"));
        _index.Refresh();
        Assert.Equal(1, _index.DeletedDocuments); // one in 500: far below the 10 % a merge policy waits for by default

        _index.ExpungeDeleted();

        Assert.Equal((0, 499), (_index.DeletedDocuments, _index.Count));
    }

    [Fact]
    public void Index_versions_report_the_newest_version_per_candidate()
    {
        _index.Upsert(Profiles.Struktør("v"));
        _index.Upsert(Profiles.Struktør("v") with { Version = 3 });
        _index.Refresh();
        Assert.Equal(3, _index.IndexedVersions()[new CandidateKey("Aarhus", "v")]);
        Assert.Equal(1, _index.Count);
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
