namespace CandidateBank.Matching.Vocabulary;

/// <summary>What a name as written was recognised as: the entries it surely names, or those it probably names.</summary>
public sealed record Recognition<T>(IReadOnlyList<T> Entries, IReadOnlyList<T> Probable) where T : class
{
    public static readonly Recognition<T> None = new([], []);

    /// <summary>The one entry the name surely names, or null when it names none or several.</summary>
    public T? Single => Entries.Count == 1 ? Entries[0] : null;
}

/// <summary>
/// Recognises certificate and occupation names as people write them, instead of looking each spelling up in a list.
/// Every spelling of an entry becomes a signature: the words that identify it after <see cref="NameWords"/> dropped the
/// decorations. A name is an entry when it holds every word of one of its signatures (a compound counts for its head,
/// and its two parts written apart count for it) and none of the entry's "must not" words. Of several entries found,
/// one whose signature holds another's wins (GWO First Aid over the GWO of Basic Safety Training; niveau 2 over the
/// words it shares with niveau 1), one that includes the others wins (niveau 1+2 is niveau 2), entries named by words
/// of their own are all held (First Aid and Manual Handling), and two that fit the same words equally are neither.
/// A number that tells certificates apart (a standard, a level) must be explained by the entry found, or the match is
/// only probable, as is a word matched by its beginning alone and a name that says it is not held (booked, expired):
/// probable matches go to a consultant to verify, never onto a shortlist.
/// </summary>
public sealed class NameRecogniser<T> where T : class
{
    private sealed record Signature(T Entry, NameWord[] Words);

    private readonly NameWords _words;
    private readonly bool _headIsSure;
    /// <summary>Entries told apart by a level (niveau 1, 2, 3): only for them is a lone digit in a name a level.</summary>
    private readonly HashSet<T> _levelled = new(ReferenceEqualityComparer.Instance);
    private readonly List<Signature> _signatures = [];
    private readonly Dictionary<T, NameWord[][]> _mustNot = new(ReferenceEqualityComparer.Instance);
    private readonly Func<T, IEnumerable<T>> _includes;
    private readonly Dictionary<T, List<T>> _bundles = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<T, HashSet<string>> _modifiers = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<T, HashSet<string>> _workerModifiers = new(ReferenceEqualityComparer.Instance);

    /// <param name="spellings">The spellings that define each entry.</param>
    /// <param name="mustNot">Names that rule an entry out even when a signature fits ("14732" for EN ISO 9606-1).</param>
    /// <param name="includes">The entries an entry includes (niveau 2 includes niveau 1).</param>
    /// <param name="headIsSure">Whether a compound surely is what its head names: a tårnkran is a kran, but a cykelmekaniker is no automekaniker.</param>
    public NameRecogniser(IEnumerable<T> entries, NameWords words, Func<T, IEnumerable<string>> spellings,
        Func<T, IEnumerable<string>> mustNot, Func<T, IEnumerable<T>> includes, bool headIsSure = true)
    {
        _words = words;
        _headIsSure = headIsSure;
        _includes = includes;
        var bySignature = new Dictionary<string, Signature?>();
        foreach (var entry in entries)
        {
            foreach (var spelling in spellings(entry))
            {
                var signature = words.Of(spelling).DistinctBy(w => w.Stem).ToArray();
                if (signature.Length == 0) continue;
                var key = string.Join(' ', signature.Select(w => w.Stem).Order(StringComparer.Ordinal));
                // Two entries spelled with the same words are told apart by neither: the signature fits both equally.
                if (bySignature.TryGetValue(key, out var existing))
                {
                    if (existing is not null && !ReferenceEquals(existing.Entry, entry)) bySignature[key] = null;
                }
                else bySignature[key] = new Signature(entry, signature);
            }
            _mustNot[entry] = mustNot(entry).Select(m => words.Of(m).ToArray()).Where(m => m.Length > 0).ToArray();
        }
        _signatures.AddRange(bySignature.Values.OfType<Signature>());
        foreach (var signature in _signatures.Where(s => s.Words.Any(w => w.IsNumber && w.Stem.Length == 1)))
            _levelled.Add(signature.Entry);
        foreach (var signature in _signatures.Where(s => s.Words.Length == 1))
        {
            if (!_modifiers.TryGetValue(signature.Entry, out var modifiers)) _modifiers[signature.Entry] = modifiers = [];
            modifiers.Add(signature.Words[0].Modifier ?? signature.Words[0].Stem);
            if (!words.IsGenericHead(signature.Words[0].Head)) continue;
            if (!_workerModifiers.TryGetValue(signature.Entry, out var workerModifiers)) _workerModifiers[signature.Entry] = workerModifiers = [];
            workerModifiers.Add(signature.Words[0].Modifier!);
        }
        foreach (var entry in _mustNot.Keys)
            if (includes(entry).ToList() is { Count: >= 2 } parts) _bundles[entry] = parts;
    }

    public Recognition<T> Recognise(string text)
    {
        var words = _words.Of(text);
        if (words.Count == 0) return Recognition<T>.None;
        var sure = new List<Fit>();
        var probable = new List<Fit>();
        foreach (var signature in _signatures)
            if (FitOf(signature, words) is { } fit && !RuledOut(signature.Entry, words))
                (fit.Sure ? sure : probable).Add(fit);

        var found = Resolve(sure, out var ambiguous);
        var unexplained = found.Count > 0 && words.Any(w => w.IsIdentifyingNumber && (w.Stem.Length > 1 || found.Any(_levelled.Contains)) && !Explains(found, w));
        if (unexplained || ambiguous.Count > 0 || found.Count > 0 && NameWords.SaysNotHeld(text)) return new Recognition<T>([], found.Concat(ambiguous).Distinct().ToList());
        if (found.Count > 0) return new Recognition<T>(found, []);
        var probablyFound = Resolve(probable, out var probablyAmbiguous);
        return new Recognition<T>([], probablyFound.Concat(probablyAmbiguous).Distinct().ToList());
    }

    /// <summary>
    /// The one entry a name of a worker points to when no signature fits: "stilladsarbejder" for the trade whose one-word
    /// title is "stilladsmontør", when exactly one trade has that modifier.
    /// </summary>
    public T? ByModifier(string text)
    {
        var words = _words.Of(text);
        var modifiers = words.Where(w => _words.IsGenericHead(w.Head)).Select(w => w.Modifier!).ToList();
        if (modifiers.Count == 0) return null;
        // A trade whose own title is that modifier and a worker word ("køkkenmedhjælper" for "køkkenmedarbejder") first.
        var entries = _workerModifiers.Where(e => e.Value.Overlaps(modifiers) && !RuledOut(e.Key, words)).Select(e => e.Key).ToList();
        if (entries.Count == 0)
            entries = _modifiers.Where(e => e.Value.Overlaps(modifiers) && !RuledOut(e.Key, words)).Select(e => e.Key).ToList();
        return entries.Count == 1 ? entries[0] : null;
    }

    /// <summary>
    /// How a signature fits a name: which of the name's words it used (a bit each), how many it matched as whole words
    /// rather than by a compound's head or parts, and whether every word matched surely.
    /// </summary>
    private sealed record Fit(T Entry, ulong Used, int Whole, bool Sure)
    {
        public bool Covers(Fit other) => (Used & other.Used) == other.Used;

        /// <summary>Uses every word the other uses and more, or the same words more exactly: the other is the lesser reading.</summary>
        public bool Outranks(Fit other) => Covers(other) && Whole >= other.Whole && (Used != other.Used || Whole > other.Whole);
    }

    private Fit? FitOf(Signature signature, IReadOnlyList<NameWord> text)
    {
        var (used, whole, longer, shorter) = (0UL, 0, 0, 0);
        foreach (var wanted in signature.Words)
        {
            var (found, exact) = Holds(text, wanted, signature.Words);
            if (found == 0 && (found = Extends(text, wanted)) != 0) longer++;
            else if (found == 0 && (found = Begins(text, wanted)) != 0) shorter++;
            if (found == 0) return null;
            used |= found;
            if (exact) whole++;
        }
        // A word that only extends the wanted one is sure when the other words of the signature are there as written
        // ("Epoxyharpikser og isocyanater"), never on its own ("svejseinspektør" only begins like "svejse"); a word that
        // is only the beginning of the wanted one ("person" of "personbefordring") never is.
        var sure = longer + shorter == 0 || shorter == 0 && signature.Words.Length >= 2 && whole >= 1 && whole + longer == signature.Words.Length;
        return new Fit(signature.Entry, used, whole, sure);
    }

    /// <summary>The words of <paramref name="text"/> that hold <paramref name="wanted"/> (bits), and whether one is the same word.</summary>
    private (ulong Found, bool Whole) Holds(IReadOnlyList<NameWord> text, NameWord wanted, NameWord[] signature)
    {
        ulong head = 0;
        for (var i = 0; i < text.Count && i < 64; i++)
        {
            if (text[i].IsNumber != wanted.IsNumber) continue;
            if (text[i].Stem == wanted.Stem) return (1UL << i, true);
            // "gaffeltruck" is a kind of truck; "murersvend" and "kranbetjening" name the worker or the work of their modifier.
            var genericHead = _words.IsGenericHead(text[i].Head);
            if (text[i].Head == wanted.Stem && !genericHead && _headIsSure || text[i].Modifier == wanted.Stem && genericHead) head |= 1UL << i;
            // One compound for two words of the signature: "vvsinstallatør" for "vvs installatør".
            if (text[i].Modifier == wanted.Stem && signature.Any(w => w.Stem == text[i].Head)) head |= 1UL << i;
        }
        if (head != 0) return (head, false);
        // A compound written as two words of their own: "kran monteret på lastbil" holds "lastbilkran".
        if (wanted is { Modifier: { } modifier, Head: { } compoundHead })
        {
            var (first, second) = (Part(text, modifier), Part(text, compoundHead));
            if (first != 0 && second != 0) return (first | second, false);
        }
        return (0, false);
    }

    private static ulong Part(IReadOnlyList<NameWord> text, string stem)
    {
        for (var i = 0; i < text.Count && i < 64; i++)
            if (!text[i].IsNumber && text[i].Stem == stem) return 1UL << i;
        return 0;
    }

    /// <summary>A word that begins with the wanted one, four letters or more: a compound or derivation the stemmer did not fold.</summary>
    private static ulong Extends(IReadOnlyList<NameWord> text, NameWord wanted)
    {
        if (wanted.IsNumber || wanted.Stem.Length < 4) return 0;
        for (var i = 0; i < text.Count && i < 64; i++)
            if (!text[i].IsNumber && text[i].Stem.Length > wanted.Stem.Length && text[i].Stem.StartsWith(wanted.Stem, StringComparison.Ordinal))
                return 1UL << i;
        return 0;
    }

    /// <summary>A word of five letters or more that the wanted one begins with: "person" of "personbefordring".</summary>
    private static ulong Begins(IReadOnlyList<NameWord> text, NameWord wanted)
    {
        if (wanted.IsNumber) return 0;
        for (var i = 0; i < text.Count && i < 64; i++)
            if (!text[i].IsNumber && text[i].Stem.Length >= 5 && wanted.Stem.Length > text[i].Stem.Length && wanted.Stem.StartsWith(text[i].Stem, StringComparison.Ordinal))
                return 1UL << i;
        return 0;
    }

    /// <summary>
    /// Whether a "must not" name is in the text. Ruling out is read generously, since it can only keep a wrong entry off:
    /// each of its words may also stand inside a compound ("taxakvalifikationskursus" holds "taxa").
    /// </summary>
    private bool RuledOut(T entry, IReadOnlyList<NameWord> text) =>
        _mustNot.TryGetValue(entry, out var rules) && rules.Any(rule => rule.All(word => text.Any(w => w.IsNumber == word.IsNumber
            && (w.Stem == word.Stem || !w.IsNumber && word.Stem.Length >= 4 && w.Stem.Contains(word.Stem, StringComparison.Ordinal)))));

    private List<T> Resolve(List<Fit> fits, out List<T> ambiguous)
    {
        ambiguous = [];
        var kept = fits.Where(f => !fits.Any(other => !ReferenceEquals(other.Entry, f.Entry) && other.Outranks(f))).ToList();
        // In the order the name mentions them: "Tømrer/snedker" is first of all a tømrer.
        var entries = kept.OrderBy(k => System.Numerics.BitOperations.TrailingZeroCount(k.Used)).Select(k => k.Entry).Distinct().ToList();
        // Every part of a bundle named is the bundle (the four GWO modules are Basic Safety Training).
        foreach (var bundle in _bundles.Where(b => !entries.Contains(b.Key) && b.Value.All(entries.Contains)))
            entries.Add(bundle.Key);
        // An entry that includes another found one is what the name proves (niveau 1+2 is niveau 2).
        entries = entries.Where(e => !entries.Any(other => !ReferenceEquals(other, e) && Closure(other).Contains(e))).ToList();
        if (entries.Count <= 1) return entries;
        // Several remain: each must be named by a word no other one uses (First Aid and Manual Handling), or they are
        // one reading that fits two entries equally, and neither is recognised.
        var named = entries.Where(e =>
        {
            var own = kept.Where(k => ReferenceEquals(k.Entry, e)).Aggregate(0UL, (bits, k) => bits | k.Used);
            var others = kept.Where(k => !ReferenceEquals(k.Entry, e) && entries.Contains(k.Entry)).Aggregate(0UL, (bits, k) => bits | k.Used);
            return (own & ~others) != 0;
        }).ToList();
        ambiguous = entries.Except(named).ToList();
        return named;
    }

    private HashSet<T> Closure(T entry)
    {
        var seen = new HashSet<T>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<T>(_includes(entry));
        while (pending.TryPop(out var next))
            if (seen.Add(next)) foreach (var more in _includes(next)) pending.Push(more);
        return seen;
    }

    private bool Explains(List<T> found, NameWord number) =>
        found.SelectMany(e => Closure(e).Append(e)).Any(e => _signatures.Any(s => ReferenceEquals(s.Entry, e) && s.Words.Any(w => w.Stem == number.Stem)));
}
