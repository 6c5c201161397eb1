using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace CandidateBank.Matching.Vocabulary;

/// <summary>
/// One word of a certificate or occupation name as the recogniser compares it: the word's stem and, for a compound,
/// the stems of its modifier and head ("lastbilkran" is a kind of "kran" modified by "lastbil"), or a number.
/// </summary>
/// <remarks>
/// <see cref="IsIdentifyingNumber"/>: a number that tells one certificate from another, a standard (ISO 14732, 9606-1)
/// or a level (niveau 2); a course number or a welding process code does not.
/// </remarks>
public readonly record struct NameWord(string Stem, string? Modifier, string? Head, bool IsNumber, bool IsIdentifyingNumber = false)
{
    public override string ToString() => Modifier is null ? Stem : $"{Stem}({Modifier}+{Head})";
}

/// <summary>
/// Turns a name as people write it into the words that identify it: Unicode-normalised, lower case, Danish-stemmed,
/// compounds split at their head, and the decorations around a name dropped (AMU, kursus, bevis, certifikat, course
/// numbers, years, dates, durations, "bestået", "gyldig"). The same steps run on the vocabulary's spellings, so both
/// sides meet on the words that carry meaning.
/// </summary>
public sealed partial class NameWords
{
    /// <summary>Words that decorate a name without telling one certificate or trade from another.</summary>
    private static readonly FrozenSet<string> Decorations = FrozenSet.ToFrozenSet(
    [
        "amu", "kursus", "kurset", "kurser", "kursusbevis", "bevis", "beviset", "beviser", "certifikat", "certifikatet",
        "certifikater", "cert", "certificate", "certification", "certified", "course", "uddannelse", "uddannelsen",
        "bestået", "bestaaet", "gyldig", "gyldigt", "gyldige", "valid", "udløber", "fornyet", "fornyelse", "opdateret",
        "til", "og", "i", "med", "af", "for", "på", "paa", "the", "and", "of", "in", "to", "fra", "efter", "jf", "iht",
        "inkl", "incl", "samt", "alle", "all", "modul", "moduler", "module", "modules", "nr", "no", "ds", "en", "iso",
        "niveau", "trin", "level", "lvl", "gennemført", "taget", "har", "haves", "kort", "som", "om", "et", "ved",
        "faglært", "ufaglært", "erfaren", "erfarne", "uddannet", "udlært", "dygtig", "selvstændig", "junior", "senior",
        "ca", "mv", "mm", "osv", "evt", "eller", "or", "m", "f", "k",
    ]);

    /// <summary>Words that name a decoration glued onto a name: "epoxykursus", "svejsecert", "truckcertifikatet".</summary>
    private static readonly string[] DecorationSuffixes =
        ["kursusbevis", "certifikatet", "certifikat", "kurset", "kursus", "beviset", "bevis", "cert"];

    private static readonly string[] StandardPrefixes = ["iso", "en", "ds", "nr"];

    /// <summary>The longest ending an inflected compound head may carry beyond its word part: -erne.</summary>
    private const int InflectionLength = 4;

    /// <summary>Prefixes that grade a worker without changing the trade: a juniorreceptionist is a receptionist.</summary>
    private static readonly string[] GradePrefixes = ["junior", "senior", "assisterende", "ufaglært", "faglært", "erfaren"];

    private static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>
    {
        ["arb"] = "arbejde", ["niv"] = "niveau", ["udd"] = "uddannelse", ["kurs"] = "kursus", ["cert"] = "certifikat",
    }.ToFrozenDictionary();

    private static readonly FrozenSet<string> LevelWords = FrozenSet.ToFrozenSet(["niveau", "niv", "trin", "level", "modul"]);

    private static readonly FrozenDictionary<string, string> Roman = new Dictionary<string, string>
    {
        ["i"] = "1", ["ii"] = "2", ["iii"] = "3", ["iv"] = "4",
    }.ToFrozenDictionary();

    private readonly WordPartTrie _parts;
    private readonly FrozenSet<string> _genericHeads;
    private readonly string[] _genericHeadWords;

    /// <param name="wordParts">Word parts compounds are split at (the vocabulary's, with the generic heads).</param>
    /// <param name="genericHeads">Heads that name a worker, not a trade: "murersvend" is a murer, "lagerarbejder" works in a lager.</param>
    public NameWords(IEnumerable<string> wordParts, IEnumerable<string> genericHeads)
    {
        _genericHeadWords = genericHeads.Select(h => h.ToLowerInvariant()).OrderByDescending(h => h.Length).ToArray();
        _genericHeads = _genericHeadWords.Select(Stem).ToFrozenSet();
        _parts = new WordPartTrie(wordParts.Concat(genericHeads).Select(p => p.ToLowerInvariant()).Distinct());
    }

    public bool IsGenericHead(string? stem) => stem is not null && _genericHeads.Contains(stem);

    /// <summary>Words that say the certificate is not held (yet, or any more): booked, expired, missing.</summary>
    private static readonly FrozenSet<string> NotHeld = FrozenSet.ToFrozenSet(
    [
        "tilmeldt", "tilmelding", "udløbet", "udløb", "planlagt", "planlægges", "forventet", "forventes", "påbegyndt",
        "ikke", "mangler", "venteliste", "afventer", "booket", "ønsker", "søger", "expired", "planned", "booked", "pending",
        // a document or an instruction about the subject, not the certificate: "APV for forflytning", "lokal instruks"
        "instruks", "instruktion", "tilsyn", "apv", "aftaleblanket", "branchevejledning", "ansøgning", "intern",
        "oplæring", "non",
    ]);

    /// <summary>Words that make a title an apprentice's or a student's: a struktørlærling is not (yet) a struktør.</summary>
    private static readonly string[] Learners = ["lærling", "lærlinge", "elev", "elever", "aspirant", "aspiranter", "praktikant", "studerende", "trainee", "apprentice"];

    /// <summary>Words that make a title another role around the trade: a svejseinspektør or a tømrerformand is no svejser or tømrer.</summary>
    private static readonly string[] OtherRoles =
        ["inspektør", "koordinator", "underviser", "instruktør", "lærer", "konsulent", "ingeniør", "planlægger", "formand", "værkfører", "leder", "sælger"];

    /// <summary>Whether a title names a learner of a trade (struktørlærling, SOSU-elev) rather than someone in it.</summary>
    public static bool SaysLearner(string title) => Words(title).Any(w => Learners.Any(l => w.EndsWith(l, StringComparison.Ordinal)));

    /// <summary>The roles around a trade that a title names ("inspektør" of svejseinspektør), to be told from the trade.</summary>
    public static IEnumerable<string> OtherRolesIn(string title) => OtherRoles.Where(role => Words(title).Any(w => w.EndsWith(role, StringComparison.Ordinal)));

    private static IEnumerable<string> Words(string text) =>
        Token().Matches(text.Normalize(NormalizationForm.FormKC).ToLowerInvariant()).Select(m => m.Value);

    /// <summary>Whether the name says it is not held (yet, or any more): "Epoxy – tilmeldt hold april", "Kode 95 (udløbet)".</summary>
    public static bool SaysNotHeld(string text) =>
        Token().Matches(text.Normalize(NormalizationForm.FormKC).ToLowerInvariant()).Any(m => NotHeld.Contains(m.Value));

    public IReadOnlyList<NameWord> Of(string text)
    {
        var normalised = Undated(Spaced(text.Normalize(NormalizationForm.FormKC).ToLowerInvariant()));
        var tokens = Token().Matches(Elided(normalised)).Select(m => Abbreviations.GetValueOrDefault(m.Value, m.Value)).ToList();
        for (var i = 1; i < tokens.Count; i++)
            if (LevelWords.Contains(tokens[i - 1]) && Roman.GetValueOrDefault(tokens[i]) is { } level) tokens[i] = level;
        var words = new List<NameWord>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (char.IsDigit(token[0])) words.AddRange(Numbers(token, i > 0 ? tokens[i - 1] : null));
            else if (Word(token) is { } word) words.Add(word);
        }
        return words;
    }

    private IEnumerable<NameWord> Numbers(string token, string? previous)
    {
        if (token.Contains('.') || token.Contains(','))
        {
            yield return new NameWord(token, null, null, IsNumber: true);
            yield break;
        }
        var afterStandard = previous is not null && StandardPrefixes.Contains(previous);
        var parts = token.Split('-');
        // "1-2" is a range of levels, "9606-1" a standard with its part.
        if (parts.Length == 2 && parts.All(p => p.Length <= 2) && int.TryParse(parts[0], out var from) && int.TryParse(parts[1], out var to) && to > from && to - from < 10)
        {
            for (var level = from; level <= to; level++) yield return new NameWord(level.ToString(), null, null, IsNumber: true, IsIdentifyingNumber: true);
            yield break;
        }
        var number = token.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0";
        if (!afterStandard && parts.Length == 1 && number.Length == 4 && int.Parse(number) is >= 1950 and <= 2049) yield break; // a year
        // A bare number of five or six digits is most often an AMU course number; after ISO or EN it is a standard.
        var identifying = afterStandard || (parts.Length > 1 ? parts[0].Length >= 3 : number.Length is 1 or 4);
        yield return new NameWord(number, null, null, IsNumber: true, identifying);
    }

    private NameWord? Word(string token)
    {
        if (Decorations.Contains(token)) return null;
        var word = WithoutDecoration(token);
        foreach (var grade in GradePrefixes)
            if (word.Length - grade.Length >= 4 && word.StartsWith(grade, StringComparison.Ordinal)) { word = word[grade.Length..]; break; }
        var stem = Stem(word);
        var split = SplitAtHead(word);
        return new NameWord(stem, split?.Modifier, split?.Head, IsNumber: false);
    }

    private static string WithoutDecoration(string word)
    {
        foreach (var suffix in DecorationSuffixes)
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal) && !Decorations.Contains(word[..^suffix.Length]))
                return word[..^suffix.Length];
        return word;
    }

    /// <summary>
    /// The compound's last part as its head and what comes before as its modifier, both stemmed; null for a simple word.
    /// A generic head (a worker, the work) is split off first, so "gaffeltruckfører" is a fører of a gaffeltruck.
    /// </summary>
    private (string Modifier, string Head)? SplitAtHead(string word)
    {
        foreach (var generic in _genericHeadWords)
            if (word.Length - generic.Length >= 3 && word.EndsWith(generic, StringComparison.Ordinal))
                return (Stem(word[..^generic.Length]), Stem(generic));
        return HeadStart(word) is { } start ? (Stem(word[..start]), Stem(word[start..])) : null;
    }

    /// <summary>
    /// Where the compound's head begins: the first place from which a known word part runs to the end, give or take an
    /// inflection ("bukkestilladser" is bukke + stilladser); null for a simple word.
    /// </summary>
    private int? HeadStart(string word)
    {
        var letters = word.ToCharArray();
        for (var start = 3; start <= letters.Length - 3; start++)
        {
            var length = letters.Length - start;
            var part = _parts.LongestAt(letters, start, length, minLength: 3);
            if (part > 0 && length - part <= InflectionLength) return start;
        }
        return null;
    }

    /// <summary>The Danish Snowball stem with derivations of the same verb folded in: svejsning, svejser → svejs.</summary>
    public static string Stem(string word)
    {
        var stemmer = Stemmer ??= new DanishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        var stem = stemmer.Current;
        foreach (var ending in (ReadOnlySpan<string>)["ning", "ing", "else"])
            if (stem.Length - ending.Length >= 4 && stem.EndsWith(ending, StringComparison.Ordinal)) return stem[..^ending.Length];
        return stem;
    }

    [ThreadStatic] private static DanishStemmer? Stemmer;

    /// <summary>Dashes of every kind become hyphens; "&amp;" and "+" separate like spaces.</summary>
    private static string Spaced(string text)
    {
        var spaced = new StringBuilder(text.Length);
        foreach (var c in text)
            spaced.Append(char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.DashPunctuation || c == '\u2212' ? '-' : c);
        return spaced.ToString();
    }

    /// <summary>Dates and durations say when or how long, never which certificate.</summary>
    private static string Undated(string text) => Duration().Replace(Date().Replace(text, " "), " ");

    /// <summary>
    /// A compound whose head is left out before "og"/"eller" shares the next word's head: "rulle- og bukkestilladser"
    /// is "rullestilladser og bukkestilladser", "anhuger- og signalgiverkursus" is "anhugerkursus og signalgiverkursus".
    /// </summary>
    private string Elided(string text) => ElidedHead().Replace(text, match =>
    {
        var next = match.Groups["next"].Value;
        return HeadStart(next) is { } start ? $"{match.Groups["first"].Value}{next[start..]} {match.Groups["joiner"].Value} {next}" : match.Value;
    });

    [GeneratedRegex(@"(?<first>\p{L}+)-\s*(?<joiner>og|eller|,)\s*(?<next>\p{L}+)")]
    private static partial Regex ElidedHead();

    /// <summary>
    /// Numbers, words, and codes that are neither: letters glued to digits (FM1, t10, C1E) and dotted numbers
    /// (material group 1.1, a section 4.2).
    /// </summary>
    [GeneratedRegex(@"\p{L}+\d[\p{L}\d]*|\d+(?:[.,]\d+)+|\d+(?:-\d+)*|\p{L}+")]
    private static partial Regex Token();

    [GeneratedRegex(@"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}[./]\d{4}\b")]
    private static partial Regex Date();

    [GeneratedRegex(@"\b\d+(?:[.,]\d+)?[\s-]*(?:timer|timers|time|t|dage|dages|dags|dag|uger|ugers|uge|måneder|års|år|hours|hour|h|days|day|lektioner|moduler|modul|modules|dele|stk|tonsmeter|tm|tons|ton|meter|m|kg|kw|kv)\b")]
    private static partial Regex Duration();
}
