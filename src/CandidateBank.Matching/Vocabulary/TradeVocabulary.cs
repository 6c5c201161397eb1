using System.Collections.Frozen;
using System.Text.Json;

namespace CandidateBank.Matching.Vocabulary;

/// <summary>
/// The Danish labour-market vocabulary (Data/vocabulary.json): free-text occupations, skills and certificates from
/// partners are normalised against it. Values it does not know are kept as text and compared by <see cref="TextKey"/>.
/// </summary>
public sealed class TradeVocabulary
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly FrozenDictionary<string, Occupation> _occupationByTitle;
    private readonly FrozenDictionary<string, Occupation> _occupationByStem;
    private readonly FrozenDictionary<string, Occupation> _occupationByName;
    private readonly FrozenDictionary<string, Skill> _skillByVariant;
    private readonly FrozenDictionary<string, Certificate> _certificateByVariant;
    private readonly FrozenDictionary<string, IReadOnlyList<string>> _certificateSatisfies;

    private readonly RememberedAnswers<Occupation?> _occupationOfTitle;
    private readonly RememberedAnswers<Skill?> _skill;
    private readonly RememberedAnswers<string> _skillKey;

    public VocabularyData Data { get; }

    public static TradeVocabulary Danish { get; } = Load();

    public TradeVocabulary(VocabularyData data)
    {
        Data = data;
        _occupationByName = data.Occupations.ToFrozenDictionary(o => TextKey.Of(o.Name));
        _occupationByTitle = Index(data.Occupations, o => o.Titles.Append(o.Name), "occupation title");
        _occupationByStem = data.Occupations
            .SelectMany(o => o.Titles.Append(o.Name).Select(t => (Stem: DanishStem.Of(t), Occupation: o)))
            .DistinctBy(p => p.Stem) // inflections of two trades rarely collide; the first listed wins
            .ToFrozenDictionary(p => p.Stem, p => p.Occupation);
        _skillByVariant = Index(data.Skills, s => s.Variants.Append(s.Name), "skill variant");
        _certificateByVariant = Index(data.Certificates, c => c.Variants.Append(c.Name), "certificate variant");
        foreach (var related in data.Occupations.SelectMany(o => o.Related).Where(r => !_occupationByName.ContainsKey(TextKey.Of(r))))
            throw new InvalidDataException($"Vocabulary: related occupation '{related}' is not an occupation.");
        foreach (var course in data.Occupations.SelectMany(o => o.Courses ?? []).Where(c => Certificate(c)?.Name != c))
            throw new InvalidDataException($"Vocabulary: course '{course}' is not the name of a certificate.");
        _certificateSatisfies = data.Certificates.ToFrozenDictionary(c => c.Name, c => (IReadOnlyList<string>)Closure(c).ToList());
        _occupationOfTitle = new(title => _occupationByTitle.GetValueOrDefault(TextKey.Of(title)) ?? _occupationByStem.GetValueOrDefault(DanishStem.Of(title)));
        _skill = new(text => _skillByVariant.GetValueOrDefault(TextKey.Of(text)));
        _skillKey = new(text => TextKey.Of(SkillName(text)));
    }

    public static TradeVocabulary Parse(string json) =>
        new(JsonSerializer.Deserialize<VocabularyData>(json, Json) ?? throw new InvalidDataException("Vocabulary: empty document."));

    private static TradeVocabulary Load()
    {
        using var stream = typeof(TradeVocabulary).Assembly.GetManifestResourceStream("CandidateBank.Matching.Data.vocabulary.json")
            ?? throw new InvalidOperationException("The embedded vocabulary.json is missing from CandidateBank.Matching.");
        return Parse(new StreamReader(stream).ReadToEnd());
    }

    /// <summary>The occupation a title names: by its exact spelling first, then by its Danish stem (struktørerne → struktør).</summary>
    public Occupation? Occupation(string title) => _occupationOfTitle.For(title);

    public Occupation? OccupationNamed(string name) => _occupationByName.GetValueOrDefault(TextKey.Of(name));

    public Skill? Skill(string text) => _skill.For(text);

    public Certificate? Certificate(string text) => _certificateByVariant.GetValueOrDefault(TextKey.Of(text));

    /// <summary>The canonical name of a skill, or the text as written when the vocabulary does not know it.</summary>
    public string SkillName(string text) => Skill(text)?.Name ?? text.Trim();

    /// <summary>The <see cref="TextKey"/> of <see cref="SkillName"/>: one key for every spelling of a skill.</summary>
    public string SkillKey(string text) => _skillKey.For(text);

    public string CertificateName(string text) => Certificate(text)?.Name ?? text.Trim();

    /// <summary>The keys of every certificate requirement the held certificate meets: itself and what it includes.</summary>
    public IEnumerable<string> CertificateKeysSatisfiedBy(string held) =>
        Certificate(held) is { } known ? _certificateSatisfies[known.Name].Select(TextKey.Of) : [TextKey.Of(held)];

    /// <summary>The key a required certificate is looked up by in the index.</summary>
    public string CertificateKey(string required) => TextKey.Of(CertificateName(required));

    public bool HoldsCertificate(IEnumerable<string> held, string required)
    {
        var key = CertificateKey(required);
        return held.Any(h => CertificateKeysSatisfiedBy(h).Contains(key));
    }

    private IEnumerable<string> Closure(Certificate certificate)
    {
        var seen = new HashSet<string> { certificate.Name };
        var pending = new Queue<string>(certificate.Includes);
        while (pending.TryDequeue(out var name))
        {
            var included = Certificate(name) ?? throw new InvalidDataException($"Vocabulary: '{certificate.Name}' includes unknown certificate '{name}'.");
            if (seen.Add(included.Name)) foreach (var next in included.Includes) pending.Enqueue(next);
        }
        return seen;
    }

    private static FrozenDictionary<string, T> Index<T>(IEnumerable<T> entries, Func<T, IEnumerable<string>> spellings, string kind) where T : class
    {
        var index = new Dictionary<string, T>();
        foreach (var entry in entries)
            foreach (var key in spellings(entry).Select(TextKey.Of).Where(k => k.Length > 0).Distinct())
                if (!index.TryAdd(key, entry) && !ReferenceEquals(index[key], entry))
                    throw new InvalidDataException($"Vocabulary: the {kind} '{key}' belongs to two entries.");
        return index.ToFrozenDictionary();
    }
}
