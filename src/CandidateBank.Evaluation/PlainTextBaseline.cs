using CandidateBank.Contracts;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Vocabulary;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace CandidateBank.Evaluation;

/// <summary>
/// What plain full-text search would answer: every profile's text in one field, Lucene's stock <see cref="DanishAnalyzer"/>,
/// BM25 scoring, the order's words as the query, no vocabulary and no hard-rule filters.
/// </summary>
public sealed class PlainTextBaseline : IDisposable
{
    private const string IdField = "id", TextField = "text";
    private readonly RAMDirectory _directory = new();
    private readonly Analyzer _analyzer = new DanishAnalyzer(AnalyzedText.Version);
    private readonly DirectoryReader _reader;

    public PlainTextBaseline(IEnumerable<CandidateProfile> profiles)
    {
        var config = new IndexWriterConfig(AnalyzedText.Version, _analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var p in profiles)
            {
                var text = string.Join("\n", [p.Headline, p.Summary, .. p.Occupations.Select(o => o.Title), .. p.Skills, .. p.Certificates]);
                writer.AddDocument(new Document { new StringField(IdField, p.CandidateId, Field.Store.YES), new Lucene.Net.Documents.TextField(TextField, text, Field.Store.NO) });
            }
        }
        _reader = DirectoryReader.Open(_directory);
    }

    public IReadOnlyList<string> Search(JobOrder order, int count)
    {
        var words = string.Join("\n", [order.Title, order.Occupation, order.Description, .. order.RequiredSkills, .. order.PreferredSkills, .. order.RequiredCertificates]);
        var query = new BooleanQuery();
        foreach (var term in AnalyzedText.Terms(_analyzer, TextField, words).Distinct())
            query.Add(new TermQuery(new Term(TextField, term)), Occur.SHOULD);
        var searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        return searcher.Search(query, count).ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get(IdField)).ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
