using System.Text.Json;
using CandidateBank.Contracts;

namespace CandidateBank.Evaluation;

/// <summary>A judged development set: candidate profiles, job orders, and for each order a grade 0–3 per candidate (unlisted = 0).</summary>
public sealed record DevSet(IReadOnlyList<CandidateProfile> Candidates, IReadOnlyList<JudgedOrder> Orders)
{
    public static DevSet Load(string path) =>
        JsonSerializer.Deserialize<DevSet>(File.ReadAllText(path), ContractJson.Options)
        ?? throw new InvalidDataException($"{path}: empty development set.");
}

/// <param name="NearMisses">The candidates a recruiter wants to see as near-misses: qualified but for one or two required certificates.</param>
public sealed record JudgedOrder(string Id, JobOrder Order, IReadOnlyDictionary<string, int> Judgements, IReadOnlyList<string>? NearMisses = null)
{
    public int Grade(string candidateId) => Judgements.GetValueOrDefault(candidateId);
}
