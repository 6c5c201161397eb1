using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Rules;
using CandidateBank.Matching.Vocabulary;
using CandidateBank.SyntheticData;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CandidateBank.Matching.Tests;

/// <summary>Fields reused from document to document index each profile exactly as if it were the only one.</summary>
public sealed class CandidateDocumentTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "candidatebank-documents-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Profiles_indexed_in_parallel_and_one_by_one_in_reverse_order_give_every_candidate_the_same_terms_and_values()
    {
        var profiles = SyntheticBank.Denmark.Candidates(400, seed: 5)
            .Append(Profiles.Struktør("lone-skill") with { Skills = ["epoxy"], Certificates = [], Languages = [], Summary = "" })
            .ToList();
        var parallel = Path.Combine(_root, "parallel");
        var reversed = Path.Combine(_root, "reversed");
        using (var index = new CandidateIndex(parallel, Municipalities.Denmark, RecruitmentNetworks.Defaults))
        {
            index.UpsertMany(profiles);
            index.Commit();
        }
        using (var index = new CandidateIndex(reversed, Municipalities.Denmark, RecruitmentNetworks.Defaults))
        {
            foreach (var profile in Enumerable.Reverse(profiles)) index.Upsert(profile);
            index.Commit();
        }

        var expected = Contents(reversed);
        var actual = Contents(parallel);
        Assert.Equal(profiles.Count, actual.Count);
        foreach (var profile in profiles)
            Assert.Equal(expected[CandidateKey.Of(profile).ToString()], actual[CandidateKey.Of(profile).ToString()]);
        Assert.Single(actual["Aarhus/lone-skill"], entry => entry.StartsWith("skill:", StringComparison.Ordinal));
        Assert.Single(actual["Aarhus/lone-skill"], entry => entry.StartsWith("skillName:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_holds_only_its_own_values_after_a_larger_one_was_built_on_the_same_thread()
    {
        using var documents = new CandidateDocument(new HardRuleTerms(Municipalities.Denmark, RecruitmentNetworks.Defaults, TradeVocabulary.Danish),
            TradeVocabulary.Danish, CandidateAnalyzer.Create(TradeVocabulary.Danish));
        documents.Create(Profiles.Struktør("many") with { Skills = ["epoxy", "forskalling", "armering", "beton"], Languages = ["dansk", "engelsk"] });

        var document = documents.Create(Profiles.Struktør("few", home: "Odder") with { Skills = ["epoxy"], Languages = ["polsk"] });

        Assert.Equal("Aarhus/few", document.Get(CandidateFields.Id));
        Assert.Equal(["epoxy"], document.GetFields(CandidateFields.Skill).Select(f => f.GetStringValue()));
        Assert.Equal(["polsk"], document.GetFields(CandidateFields.Language).Select(f => f.GetStringValue()));
        Assert.Equal(Municipalities.Denmark.Reachable("Odder", Profiles.Struktør().MaxCommuteKm).Select(CandidateDocument.Key),
            document.GetFields(CandidateFields.Reaches).Select(f => f.GetStringValue()));
    }

    [Fact]
    public void Recorded_tokens_replay_what_the_analyzer_gives_with_positions_and_offsets()
    {
        var analyzer = CandidateAnalyzer.Create(TradeVocabulary.Danish);
        var recorded = new RecordedTokens();
        var texts = SyntheticBank.Denmark.Candidates(200, seed: 3).Select(p => p.Headline + "\n" + p.Summary)
            .Append("Stilladsmontør, betonarbejde og VVS-installatør i Ærøskøbing").Append("").ToList();
        foreach (var text in texts)
        {
            var terms = recorded.Record(analyzer, CandidateFields.Text, text);
            var direct = Read(analyzer.GetTokenStream(CandidateFields.Text, text));
            Assert.Equal(direct, Read(recorded));
            Assert.Equal(direct.Where(t => t.Term != "\0end").Select(t => t.Term).ToHashSet(), terms);
        }
    }

    private static List<(string Term, int Increment, int Start, int End)> Read(Lucene.Net.Analysis.TokenStream stream)
    {
        var tokens = new List<(string, int, int, int)>();
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), position.PositionIncrement, offset.StartOffset, offset.EndOffset));
        stream.End();
        tokens.Add(("\0end", position.PositionIncrement, offset.StartOffset, offset.EndOffset));
        stream.Dispose();
        return tokens;
    }

    /// <summary>Per candidate: every indexed term with its frequency and positions, and the stored and doc values, sorted.</summary>
    private static Dictionary<string, List<string>> Contents(string path)
    {
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        var byDoc = new Dictionary<int, List<string>>();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            foreach (var field in atomic.Fields)
            {
                var terms = atomic.GetTerms(field).GetEnumerator();
                while (terms.MoveNext())
                {
                    var term = terms.Term.Utf8ToString();
                    var postings = terms.DocsAndPositions(atomic.LiveDocs, null);
                    var docs = postings ?? terms.Docs(atomic.LiveDocs, null, DocsFlags.FREQS);
                    while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        var positions = postings is null ? "" : string.Join(",", Enumerable.Range(0, postings.Freq).Select(_ => postings.NextPosition()));
                        Entries(byDoc, leaf.DocBase + docs.DocID).Add($"{field}:{term} x{docs.Freq} @{positions}");
                    }
                }
            }
            var ranking = atomic.GetBinaryDocValues(CandidateFields.Ranking);
            var versions = atomic.GetNumericDocValues(CandidateFields.Version);
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                var bytes = new BytesRef();
                ranking.Get(doc, bytes);
                var entries = Entries(byDoc, leaf.DocBase + doc);
                entries.Add($"ranking={Convert.ToHexString(bytes.Bytes, bytes.Offset, bytes.Length)}");
                entries.Add($"version={versions.Get(doc)} json={atomic.Document(doc).Get(CandidateFields.Json)}");
            }
        }
        return byDoc.ToDictionary(entry => reader.Document(entry.Key).Get(CandidateFields.Id),
            entry => entry.Value.Order(StringComparer.Ordinal).ToList());
    }

    private static List<string> Entries(Dictionary<int, List<string>> byDoc, int doc) =>
        byDoc.TryGetValue(doc, out var entries) ? entries : byDoc[doc] = [];

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_root)) System.IO.Directory.Delete(_root, recursive: true);
    }
}
