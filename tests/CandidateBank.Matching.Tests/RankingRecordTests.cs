using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Shortlisting;
using Lucene.Net.Util;

namespace CandidateBank.Matching.Tests;

public sealed class RankingRecordTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "cb-ranking-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_record_read_back_from_its_bytes_equals_what_was_written()
    {
        var profile = Profiles.Struktør("round-trip");
        var written = RankingRecord.Of(profile, new HashSet<string> { "struktør", "letban", "forskalling" });

        var read = RankingRecord.Decode(new BytesRef(written.Encode()));

        Assert.NotNull(read);
        Assert.Equal(("round-trip", profile.HomeMunicipality, profile.MaxCommuteKm), (read.CandidateId, read.HomeMunicipality, read.MaxCommuteKm));
        Assert.Equal(profile.Occupations, read.Occupations);
        Assert.Equal(profile.Skills, read.Skills);
        Assert.Equal(profile.Certificates, read.Certificates);
        Assert.Equal(written.TextTerms.Order(), read!.TextTerms.Order());
    }

    [Fact]
    public void A_record_too_large_for_doc_values_is_replaced_by_a_marker_that_reads_back_as_none()
    {
        var terms = Enumerable.Range(0, 5_000).Select(i => $"ord{i:D5}xyz").ToHashSet();
        var bytes = RankingRecord.Of(Profiles.Struktør(), terms).Encode();

        Assert.True(bytes.Length <= RankingRecord.MaxBytes);
        Assert.Null(RankingRecord.Decode(new BytesRef(bytes)));
    }

    [Fact]
    public void A_skill_named_only_in_a_summary_too_long_for_the_record_still_counts()
    {
        using var index = new CandidateIndex(_path, Municipalities.Denmark, RecruitmentNetworks.Defaults);
        // Thousands of distinct words make the ranking record too large to keep; "armering" is only in the text.
        var filler = string.Join(' ', Enumerable.Range(0, 6_000).Select(i => $"ord{i:D4}"));
        index.Upsert(Profiles.Struktør("long-summary") with { Skills = ["forskalling"], Summary = "Kan armering. " + filler });
        index.Refresh();

        var candidate = Assert.Single(new ShortlistBuilder(index, Municipalities.Denmark, TimeProvider.System)
            .Build("order", Profiles.LightRail()).Candidates);
        Assert.Contains("Armering", candidate.MatchedSkills);
    }

    [Fact]
    public void Compacting_an_index_written_in_several_commits_leaves_one_segment_and_the_same_candidates()
    {
        using var index = new CandidateIndex(_path, Municipalities.Denmark, RecruitmentNetworks.Defaults);
        for (var i = 0; i < 4; i++)
        {
            index.Upsert(Profiles.Struktør($"segment-{i}"));
            index.Commit();
            index.Refresh();
        }
        index.Upsert(Profiles.Struktør("segment-0") with { Version = 2 }); // a deletion the merge drops
        index.Refresh();
        Assert.True(index.SegmentCount > 1);

        index.Compact();

        Assert.Equal(1, index.SegmentCount);
        Assert.Equal(4, index.Count);
        Assert.Equal(2, index.IndexedVersions()[new CandidateKey("Aarhus", "segment-0")]);
    }

    public void Dispose()
    {
        if (Directory.Exists(_path)) Directory.Delete(_path, recursive: true);
    }
}
