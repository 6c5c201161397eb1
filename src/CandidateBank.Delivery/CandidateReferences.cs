using System.Security.Cryptography;
using System.Text;
using CandidateBank.Contracts;

namespace CandidateBank.Delivery;

/// <summary>
/// The anonymised reference a company sees for a candidate who has not consented to sharing contact details, e.g.
/// "K-7F3A2C": an HMAC of the candidate id under a key kept in the data directory, so it is stable across orders
/// and restarts, yet cannot be turned back into the candidate id by anyone without the key.
/// The job centre resolves it through the order's delivery (GET /api/v1/job-orders/{id}).
/// </summary>
public sealed class CandidateReferences
{
    private readonly byte[] _key;

    public CandidateReferences(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "candidate-reference.key");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(dataDirectory);
            File.WriteAllBytes(path, RandomNumberGenerator.GetBytes(32));
        }
        _key = File.ReadAllBytes(path);
    }

    /// <summary>Keyed on the job centre too, so two job centres' candidates with the same id never share a reference.</summary>
    public string For(CandidateKey candidate) =>
        "K-" + Convert.ToHexString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(candidate.ToString())))[..6];
}

/// <summary>Single-use feedback tokens: the email carries the token, the store only its SHA-256.</summary>
public static class FeedbackTokens
{
    public static string New() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
