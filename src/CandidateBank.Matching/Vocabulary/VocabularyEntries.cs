namespace CandidateBank.Matching.Vocabulary;

/// <summary>
/// An occupation with every title partners write for it, its DISCO-08 group, the trades employers accept instead, and
/// the short courses (certificates) employers usually demand for it, which tender coverage counts as near-misses.
/// </summary>
/// <remarks><see cref="MustNot"/>: names that rule the trade out although a title fits ("svejseinspektør" is no svejser).</remarks>
public sealed record Occupation(string Name, string Field, string? Disco, IReadOnlyList<string> Titles, IReadOnlyList<string> Related,
    IReadOnlyList<string>? Courses = null, IReadOnlyList<string>? MustNot = null);

public sealed record Skill(string Name, IReadOnlyList<string> Variants);

/// <summary>
/// A certificate, the spellings that identify it, the lesser certificates holding it also satisfies (niveau 2 covers
/// niveau 1), and names that rule it out although a spelling fits (EN ISO 14732 is not EN ISO 9606-1).
/// </summary>
public sealed record Certificate(string Name, IReadOnlyList<string> Variants, IReadOnlyList<string> Includes, IReadOnlyList<string>? MustNot = null);

/// <summary>The shape of Data/vocabulary.json.</summary>
public sealed record VocabularyData(
    IReadOnlyList<Occupation> Occupations,
    IReadOnlyList<Skill> Skills,
    IReadOnlyList<Certificate> Certificates,
    IReadOnlyList<string> WordParts);
