using CandidateBank.Matching.Validation;
using Microsoft.Net.Http.Headers;

namespace CandidateBank.Api.Binding;

/// <summary>
/// Which language a client's Accept-Language header prefers for validation errors: Danish only when it ranks Danish
/// (<c>da</c>, <c>da-DK</c>) above English, so <c>da;q=0.1, en</c> is English; English when it names neither, or nothing.
/// </summary>
public static class AcceptLanguage
{
    public const string Header = "Accept-Language";

    public static Language Preferred(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || !StringWithQualityHeaderValue.TryParseList([header], out var ranges)) return Language.English;
        var refused = ranges.Where(r => r.Quality == 0).Select(r => Primary(r.Value.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // OrderByDescending is stable: ranges of equal quality keep the client's order, the first named winning.
        foreach (var range in ranges.Where(r => r.Quality != 0).OrderByDescending(r => r.Quality ?? 1))
        {
            switch (Primary(range.Value.Value).ToLowerInvariant())
            {
                case "da": return Language.Danish;
                case "en": return Language.English;
                // Any language: ours is English, unless the client has refused English but not Danish.
                case "*": return refused.Contains("en") && !refused.Contains("da") ? Language.Danish : Language.English;
            }
        }
        return Language.English;
    }

    private static string Primary(string? range) => range?.Split('-')[0] ?? "";
}
