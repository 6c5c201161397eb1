using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CandidateBank.Matching.Index;

public enum UnrecognisedKind { Certificate, Occupation }

/// <summary>A certificate or occupation name in stored profiles that the vocabulary recognised nothing in.</summary>
public sealed record UnrecognisedName(UnrecognisedKind Kind, string Name, int Candidates, IReadOnlyDictionary<string, int> ByJobCentre);

/// <summary>
/// Names the vocabulary did not recognise, kept as index terms (kind, job centre, name as written) so they can be
/// counted without reading a profile: the vocabulary grows from what partners really write.
/// </summary>
public static class Unrecognised
{
    private const char Separator = '\u001f';

    public static string Term(UnrecognisedKind kind, string jobCentre, string name) =>
        string.Join(Separator, kind, jobCentre.Trim(), name.Trim());

    /// <summary>Every unrecognised name with the live candidates holding it, most frequent first.</summary>
    public static IReadOnlyList<UnrecognisedName> Count(IndexReader reader)
    {
        var counts = new Dictionary<(UnrecognisedKind, string), Dictionary<string, int>>();
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(CandidateFields.Unrecognised);
            if (terms is null) continue;
            var termsEnum = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (termsEnum.MoveNext())
            {
                docs = termsEnum.Docs(leaf.AtomicReader.LiveDocs, docs, DocsFlags.NONE);
                var live = 0;
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) live++;
                if (live == 0) continue;
                var parts = termsEnum.Term.Utf8ToString().Split(Separator, 3);
                if (parts.Length != 3 || !Enum.TryParse<UnrecognisedKind>(parts[0], out var kind)) continue;
                if (!counts.TryGetValue((kind, parts[2]), out var byJobCentre)) counts[(kind, parts[2])] = byJobCentre = [];
                byJobCentre[parts[1]] = byJobCentre.GetValueOrDefault(parts[1]) + live;
            }
        }
        return counts
            .Select(c => new UnrecognisedName(c.Key.Item1, c.Key.Item2, c.Value.Values.Sum(), c.Value))
            .OrderByDescending(n => n.Candidates).ThenBy(n => n.Kind).ThenBy(n => n.Name, StringComparer.Ordinal)
            .ToList();
    }
}
