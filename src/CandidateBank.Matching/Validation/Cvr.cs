namespace CandidateBank.Matching.Validation;

/// <summary>Danish company registration numbers: eight digits whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11.</summary>
public static class Cvr
{
    private static readonly int[] Weights = [2, 7, 6, 5, 4, 3, 2, 1];

    public static bool IsValid(string? cvr) =>
        cvr is { Length: 8 } && cvr.All(char.IsAsciiDigit) && cvr.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11 == 0;

    /// <summary>The eighth digit that makes the weighted sum divisible by 11 (no such digit when it would be 10: not valid).</summary>
    public static string WithCheckDigit(int firstSeven) =>
        $"{firstSeven:D7}{(11 - $"{firstSeven:D7}".Select((c, i) => (c - '0') * Weights[i]).Sum() % 11) % 11 % 10}";

    public static void Require(ValidationResult result, string field, string? cvr) =>
        result.Require(IsValid(cvr), field, $"'{cvr}' is not a valid CVR number (8 digits with a correct check digit).",
            $"'{cvr}' er ikke et gyldigt CVR-nummer (8 cifre med korrekt kontrolciffer).");
}
