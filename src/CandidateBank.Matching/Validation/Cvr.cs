namespace CandidateBank.Matching.Validation;

/// <summary>Danish company registration numbers: eight digits whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11.</summary>
public static class Cvr
{
    private static readonly int[] Weights = [2, 7, 6, 5, 4, 3, 2, 1];

    public static bool IsValid(string? cvr) =>
        cvr is { Length: 8 } && cvr.All(char.IsAsciiDigit) && cvr.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11 == 0;
}
