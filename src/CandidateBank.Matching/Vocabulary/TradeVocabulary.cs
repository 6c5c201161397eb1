using System.Collections.Frozen;
using System.Text.Json;

namespace CandidateBank.Matching.Vocabulary;

/// <summary>
/// The Danish labour-market vocabulary (Data/vocabulary.json): free-text occupations, skills and certificates from
/// partners are normalised against it. Certificates and occupation titles are recognised by the words that identify
/// them (<see cref="NameRecogniser{T}"/>), so a spelling the file does not list is still known; values it does not
/// recognise are kept as text and compared by <see cref="TextKey"/>.
/// </summary>
public sealed class TradeVocabulary
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Heads of a compound that name a worker or the work rather than a trade or a certificate: a "murersvend" is a murer,
    /// "murerarbejde" is a murer's work, a "kranbetjening" course is a crane course.
    /// </summary>
    private static readonly string[] GenericHeads =
    [
        "arbejder", "arbejdere", "medarbejder", "medarbejdere", "arbejdsmand", "mand", "svend", "folk", "fører", "førere",
        "afløser", "vikar", "medhjælper", "medhjælpere",
        "arbejde", "opsætning", "opstilling", "montage", "montering", "nedtagning", "kørsel", "betjening", "håndtering",
        "uddannelse", "uddannelsen", "sanering", "nedrivning",
    ];

    private static readonly string[] DecorationEndings = ["certifikat", "kursus", "bevis"];

    private readonly FrozenDictionary<string, Occupation> _occupationByName;
    private readonly FrozenDictionary<string, Certificate> _certificateByName;
    private readonly FrozenDictionary<string, Skill> _skillByVariant;
    private readonly FrozenDictionary<string, IReadOnlyList<string>> _certificateSatisfies;
    private readonly NameRecogniser<Occupation> _occupations;
    private readonly NameRecogniser<Certificate> _certificates;

    private readonly RememberedAnswers<Recognition<Occupation>> _occupationsOfTitle;
    private readonly RememberedAnswers<Recognition<Certificate>> _certificatesOfName;
    private readonly RememberedAnswers<IReadOnlySet<string>> _titleHeads;
    private readonly RememberedAnswers<Occupation?> _occupationOfTitle;
    private readonly RememberedAnswers<Skill?> _skill;
    private readonly RememberedAnswers<string> _skillKey;

    public VocabularyData Data { get; }

    /// <summary>Tells two versions of the vocabulary apart: an index built with another one is rebuilt.</summary>
    public string Fingerprint { get; }

    public static TradeVocabulary Danish { get; } = Load();

    public TradeVocabulary(VocabularyData data)
    {
        Data = data;
        Fingerprint = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(data, Json)))[..16].ToLowerInvariant();
        _occupationByName = data.Occupations.ToFrozenDictionary(o => TextKey.Of(o.Name));
        _certificateByName = data.Certificates.ToFrozenDictionary(c => TextKey.Of(c.Name));
        Index(data.Occupations, o => o.Titles.Append(o.Name), "occupation title");
        Index(data.Certificates, c => c.Variants.Append(c.Name), "certificate variant");
        _skillByVariant = Index(data.Skills, s => s.Variants.Append(s.Name), "skill variant");
        foreach (var related in data.Occupations.SelectMany(o => o.Related).Where(r => !_occupationByName.ContainsKey(TextKey.Of(r))))
            throw new InvalidDataException($"Vocabulary: related occupation '{related}' is not an occupation.");
        foreach (var included in data.Certificates.SelectMany(c => c.Includes.Select(i => (c.Name, Included: i))).Where(p => !_certificateByName.ContainsKey(TextKey.Of(p.Included))))
            throw new InvalidDataException($"Vocabulary: '{included.Name}' includes unknown certificate '{included.Included}'.");

        // Compounds split at any word of the vocabulary's names too: "juniorreceptionist", "industrimekanikersvend".
        var nameParts = data.Occupations.SelectMany(o => o.Titles.Append(o.Name)).Concat(data.Certificates.SelectMany(c => c.Variants.Append(c.Name)))
            .SelectMany(name => name.ToLowerInvariant().Split([' ', '-', '/', '(', ')', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
            .Where(word => word.Length >= 4 && word.All(char.IsLetter))
            .SelectMany(word => DecorationEndings.Where(word.EndsWith).Select(ending => word[..^ending.Length]).Append(word))
            .Where(word => word.Length >= 3);
        var words = new NameWords(data.WordParts.Concat(nameParts), GenericHeads);
        _occupations = new NameRecogniser<Occupation>(data.Occupations, words, o => o.Titles.Append(o.Name), o => o.MustNot ?? [], _ => [],
            headIsSure: false);
        _certificates = new NameRecogniser<Certificate>(data.Certificates, words, c => c.Variants.Append(c.Name), c => c.MustNot ?? [],
            c => c.Includes.Select(name => _certificateByName[TextKey.Of(name)]));
        _occupationsOfTitle = new(title => NameWords.SaysLearner(title) ? Recognition<Occupation>.None : AsTheRoleItNames(title, _occupations.Recognise(title)));
        _certificatesOfName = new(_certificates.Recognise);
        _occupationOfTitle = new(title => Occupations(title).Entries.FirstOrDefault()
            ?? (NameWords.SaysLearner(title) || NameWords.OtherRolesIn(title).Any() ? null : _occupations.ByModifier(title)));
        _titleHeads = new(title => words.Of(title).Where(w => !w.IsNumber && !(w.Head is null && words.IsGenericHead(w.Stem)))
            .Select(w => words.IsGenericHead(w.Head) ? w.Modifier! : w.Head ?? w.Stem).ToHashSet(), capacity: 20_000);

        foreach (var course in data.Occupations.SelectMany(o => o.Courses ?? []).Where(c => Certificate(c)?.Name != c))
            throw new InvalidDataException($"Vocabulary: course '{course}' is not the name of a certificate.");
        _certificateSatisfies = data.Certificates.ToFrozenDictionary(c => c.Name, c => (IReadOnlyList<string>)Closure(c).ToList());
        _skill = new(text => _skillByVariant.GetValueOrDefault(TextKey.Of(text)));
        _skillKey = new(text => TextKey.Of(SkillName(text)));
    }

    public static TradeVocabulary Parse(string json) =>
        new(JsonSerializer.Deserialize<VocabularyData>(json, Json) ?? throw new InvalidDataException("Vocabulary: empty document."));

    /// <summary>A vocabulary file of the same shape as the embedded one (CandidateBank:Vocabulary:Path).</summary>
    public static TradeVocabulary Load(string path)
    {
        try { return Parse(File.ReadAllText(path)); }
        catch (JsonException e) { throw new InvalidDataException($"Vocabulary {path}: {e.Message}", e); }
    }

    private static TradeVocabulary Load()
    {
        using var stream = typeof(TradeVocabulary).Assembly.GetManifestResourceStream("CandidateBank.Matching.Data.vocabulary.json")
            ?? throw new InvalidOperationException("The embedded vocabulary.json is missing from CandidateBank.Matching.");
        return Parse(new StreamReader(stream).ReadToEnd());
    }

    /// <summary>
    /// The occupation a title names (struktørerne, "Chauffør (lastbil)", murersvend), the first one when it names several
    /// ("Tømrer/snedker"), or null; a learner of a trade (struktørlærling, SOSU-elev) is not in it yet, and another role
    /// around it (svejseinspektør, tømrerformand, underviser) is not in it at all.
    /// </summary>
    public Occupation? Occupation(string title) => _occupationOfTitle.For(title);

    /// <summary>
    /// A title naming another role around a trade (an inspektør, a formand, a konsulent) is only an occupation whose own
    /// titles name that role (butiksleder, kundeservicekonsulent).
    /// </summary>
    private static Recognition<Occupation> AsTheRoleItNames(string title, Recognition<Occupation> recognised)
    {
        var roles = NameWords.OtherRolesIn(title).ToList();
        if (roles.Count == 0) return recognised;
        bool NamesTheRole(Occupation o) => o.Titles.Append(o.Name).Any(t => roles.Any(r => t.Contains(r, StringComparison.OrdinalIgnoreCase)));
        return new Recognition<Occupation>(recognised.Entries.Where(NamesTheRole).ToList(), recognised.Probable.Where(NamesTheRole).ToList());
    }

    /// <summary>Every occupation a title surely names ("Tømrer/snedker" names two), and those it probably names.</summary>
    public Recognition<Occupation> Occupations(string title) => _occupationsOfTitle.For(title);

    /// <summary>
    /// The kinds of worker a title names: each word's head ("ventilationsmontør" is a montør), or what a worker word
    /// works in ("lagerarbejder": lager); generic worker words alone name no kind.
    /// </summary>
    public IReadOnlySet<string> TitleHeads(string title) => _titleHeads.For(title);

    public Occupation? OccupationNamed(string name) => _occupationByName.GetValueOrDefault(TextKey.Of(name));

    public Skill? Skill(string text) => _skill.For(text);

    /// <summary>The one certificate a name surely names, or null when it names none, several, or only probably one.</summary>
    public Certificate? Certificate(string text) => Certificates(text).Single;

    /// <summary>Every certificate a name surely names ("Truckcertifikat A og B"), or those it probably names.</summary>
    public Recognition<Certificate> Certificates(string text) => _certificatesOfName.For(text);

    public Certificate? CertificateNamed(string name) => _certificateByName.GetValueOrDefault(TextKey.Of(name));

    /// <summary>The canonical name of a skill, or the text as written when the vocabulary does not know it.</summary>
    public string SkillName(string text) => Skill(text)?.Name ?? text.Trim();

    /// <summary>The <see cref="TextKey"/> of <see cref="SkillName"/>: one key for every spelling of a skill.</summary>
    public string SkillKey(string text) => _skillKey.For(text);

    public string CertificateName(string text) => Certificate(text)?.Name ?? text.Trim();

    /// <summary>The keys of every certificate requirement the held certificate meets: itself and what it includes.</summary>
    public IEnumerable<string> CertificateKeysSatisfiedBy(string held) =>
        Certificates(held).Entries is { Count: > 0 } known ? KeysSatisfiedBy(known) : [TextKey.Of(held)];

    /// <summary>The keys of requirements a held certificate probably meets, for a consultant to verify; none when it surely meets any.</summary>
    public IEnumerable<string> CertificateKeysProbablySatisfiedBy(string held) => KeysSatisfiedBy(Certificates(held).Probable);

    private IEnumerable<string> KeysSatisfiedBy(IEnumerable<Certificate> held) =>
        held.SelectMany(c => _certificateSatisfies[c.Name]).Distinct().Select(TextKey.Of);

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
            var included = CertificateNamed(name) ?? throw new InvalidDataException($"Vocabulary: '{certificate.Name}' includes unknown certificate '{name}'.");
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
