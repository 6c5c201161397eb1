using System.Security.Cryptography;
using System.Text;

namespace CandidateBank.Store;

/// <summary>
/// An API key issued with <c>candidatebank keys create</c>. Only the SHA-256 of the secret is stored: the secret is
/// 256 random bits, so a fast hash cannot be reversed, and a lookup by hash leaks nothing about other keys.
/// </summary>
public sealed class ApiKeyRecord
{
    /// <summary>The roles a key can have; the API's authorization policies are written against these names.</summary>
    public static readonly IReadOnlyList<string> Roles = ["consultant", "jobcentre", "admin"];

    public required string Name { get; set; }
    public required string Role { get; set; }
    public string? JobCentre { get; set; }
    public required string SecretSha256 { get; set; }
    /// <summary>The first characters of the secret, so an operator can tell keys apart without the secret.</summary>
    public required string Prefix { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public static string NewSecret() => "cbk_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
