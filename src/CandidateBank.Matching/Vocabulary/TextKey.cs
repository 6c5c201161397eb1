using System.Text;

namespace CandidateBank.Matching.Vocabulary;

/// <summary>
/// The form two spellings of one name share: lower case letters and digits only, so "Epoxy-kursus", "epoxy kursus"
/// and "EPOXYKURSUS" are one key, and "Arbejde på vej (niveau 2)" is "arbejdepåvejniveau2".
/// </summary>
public static class TextKey
{
    public static string Of(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) key.Append(char.ToLowerInvariant(c));
        return key.ToString();
    }
}
