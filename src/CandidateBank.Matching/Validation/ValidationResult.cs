namespace CandidateBank.Matching.Validation;

/// <summary>
/// The languages refusals are worded in: English is the REST contract's and the bus's; Danish is the web app's, and any
/// REST client's that prefers it (Accept-Language).
/// </summary>
public enum Language { English, Danish }

/// <summary>Field-level problems, keyed by the JSON path of the field (camelCase), as problem details report them.</summary>
public sealed class ValidationResult
{
    private readonly Dictionary<string, List<(string English, string Danish)>> _errors = [];

    public bool IsValid => _errors.Count == 0;

    /// <summary>In English: what the REST contract promises unless the client asks for Danish.</summary>
    public IDictionary<string, string[]> Errors => ErrorsIn(Language.English);

    public IDictionary<string, string[]> ErrorsIn(Language language) =>
        _errors.ToDictionary(e => e.Key, e => e.Value.Select(m => language == Language.Danish ? m.Danish : m.English).ToArray());

    /// <summary>
    /// Every rule words its refusal in both languages where it is written, so a rule changed in one language is seen to
    /// need the other, rather than drifting away from a translation kept somewhere else.
    /// </summary>
    public void Add(string field, string english, string danish)
    {
        if (!_errors.TryGetValue(field, out var list))
            _errors[field] = list = [];
        list.Add((english, danish));
    }

    public void Require(bool condition, string field, string english, string danish)
    {
        if (!condition) Add(field, english, danish);
    }

    /// <summary>Another result's problems, each field under a prefix: a batch's <c>[3].</c> gives <c>[3].homeMunicipality</c>.</summary>
    public void AddAll(string prefix, ValidationResult other)
    {
        foreach (var (field, messages) in other._errors)
            foreach (var (english, danish) in messages) Add(prefix + field, english, danish);
    }

    /// <summary>One line naming every bad field: the dead-letter reason on the bus.</summary>
    public override string ToString() =>
        string.Join("; ", Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
}
