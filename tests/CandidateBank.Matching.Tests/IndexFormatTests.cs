using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Tests.Vocabulary;
using CandidateBank.Matching.Vocabulary;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace CandidateBank.Matching.Tests;

public sealed class IndexFormatTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "cb-format-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Index_written_by_an_older_version_is_reported_for_rebuild_until_cleared()
    {
        using (var directory = new NIOFSDirectory(new DirectoryInfo(_path)))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(AnalyzedText.Version, new KeywordAnalyzer())))
        {
            writer.AddDocument(new Document { new StringField(CandidateFields.Id, "old", Field.Store.YES) });
            writer.SetCommitData(new Dictionary<string, string> { ["candidatebank.format"] = "1" });
        }

        using var index = new CandidateIndex(_path, Municipalities.Denmark, RecruitmentNetworks.Defaults);
        Assert.False(index.IsCurrentFormat);
        index.DeleteAll();
        Assert.True(index.IsCurrentFormat);
    }

    [Fact]
    public void Index_written_by_this_version_is_current_after_a_restart()
    {
        using (var index = new CandidateIndex(_path, Municipalities.Denmark, RecruitmentNetworks.Defaults))
        {
            index.Upsert(Profiles.Struktør());
            index.Commit();
        }
        using var reopened = new CandidateIndex(_path, Municipalities.Denmark, RecruitmentNetworks.Defaults);
        Assert.True(reopened.IsCurrentFormat);
        Assert.Equal(1, reopened.Count);
    }

    [Fact]
    public void Index_built_with_another_vocabulary_is_reported_for_rebuild_so_a_changed_vocabulary_reaches_every_profile()
    {
        using (var index = new CandidateIndex(_path, Municipalities.Denmark, RecruitmentNetworks.Defaults, SmallVocabulary.Create()))
        {
            index.Upsert(Profiles.Struktør());
            index.Commit();
        }
        using var withShipped = new CandidateIndex(_path, Municipalities.Denmark, RecruitmentNetworks.Defaults);
        Assert.False(withShipped.IsCurrentFormat);
        Assert.NotEqual(SmallVocabulary.Create().Fingerprint, TradeVocabulary.Danish.Fingerprint);
        Assert.Equal(SmallVocabulary.Create().Fingerprint, SmallVocabulary.Create().Fingerprint);
    }

    public void Dispose() => System.IO.Directory.Delete(_path, recursive: true);
}
