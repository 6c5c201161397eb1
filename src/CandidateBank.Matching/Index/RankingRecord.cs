using System.Text;
using CandidateBank.Contracts;
using Lucene.Net.Util;

namespace CandidateBank.Matching.Index;

/// <summary>
/// What re-ranking and near-miss detection read of a candidate, kept beside the index entry as binary doc values.
/// Re-ranking the best 200 hits of a query reads these few hundred bytes each instead of decompressing a chunk of stored
/// profiles per hit (profiled: over a quarter of a shortlist's time); full profiles are loaded only for the few who make it.
/// </summary>
public sealed record RankingRecord(
    string CandidateId,
    string JobCentre,
    string HomeMunicipality,
    int MaxCommuteKm,
    IReadOnlyList<OccupationExperience> Occupations,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Certificates,
    IReadOnlySet<string> TextTerms,
    bool Senior = false)
{
    /// <summary>Lucene keeps a binary doc value under 32 KB; a profile whose record is larger is ranked from its stored copy.</summary>
    public const int MaxBytes = 32_000;

    public CandidateKey Key() => new(JobCentre, CandidateId);

    private const byte Complete = 1, TooLarge = 0;

    public static RankingRecord Of(CandidateProfile profile, IReadOnlySet<string> textTerms) => new(
        profile.CandidateId, profile.JobCentre, profile.HomeMunicipality, profile.MaxCommuteKm, profile.Occupations, profile.Skills, profile.Certificates, textTerms, profile.Senior);

    /// <summary>
    /// The record's bytes, or a one-byte marker when they would pass <see cref="MaxBytes"/> (a profile near the schema's
    /// limits: a hundred long skills and a 10,000-character summary).
    /// </summary>
    public byte[] Encode()
    {
        var bytes = Write(this);
        return bytes.Length <= MaxBytes ? bytes : [TooLarge];
    }

    /// <summary>The record, or null when it was too large to keep (<see cref="Encode"/>).</summary>
    public static RankingRecord? Decode(BytesRef value)
    {
        using var reader = new BinaryReader(new MemoryStream(value.Bytes, value.Offset, value.Length, writable: false), Encoding.UTF8);
        if (reader.ReadByte() != Complete) return null;
        var id = reader.ReadString();
        var jobCentre = reader.ReadString();
        var home = reader.ReadString();
        var commute = reader.ReadInt32();
        var occupations = new OccupationExperience[reader.ReadInt32()];
        for (var i = 0; i < occupations.Length; i++) occupations[i] = new OccupationExperience(reader.ReadString(), reader.ReadInt32());
        var skills = ReadStrings(reader);
        var certificates = ReadStrings(reader);
        var textTerms = ReadStrings(reader).ToHashSet(StringComparer.Ordinal);
        return new RankingRecord(id, jobCentre, home, commute, occupations, skills, certificates, textTerms, reader.ReadBoolean());
    }

    private static byte[] Write(RankingRecord record)
    {
        using var buffer = new MemoryStream(256);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Complete);
            writer.Write(record.CandidateId);
            writer.Write(record.JobCentre);
            writer.Write(record.HomeMunicipality);
            writer.Write(record.MaxCommuteKm);
            writer.Write(record.Occupations.Count);
            foreach (var occupation in record.Occupations) { writer.Write(occupation.Title); writer.Write(occupation.Years); }
            WriteStrings(writer, record.Skills);
            WriteStrings(writer, record.Certificates);
            WriteStrings(writer, record.TextTerms.ToList());
            writer.Write(record.Senior);
        }
        return buffer.ToArray();
    }

    private static void WriteStrings(BinaryWriter writer, IReadOnlyCollection<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values) writer.Write(value);
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var values = new string[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++) values[i] = reader.ReadString();
        return values;
    }
}
