using System.Text.Json;
using System.Text.Json.Serialization;

namespace CandidateBank.Contracts;

/// <summary>The JSON shape of every contract (camelCase, ISO dates), shared by the API, the store and the bus.</summary>
public static class ContractJson
{
    public static JsonSerializerOptions Options { get; } = Create(JsonUnmappedMemberHandling.Skip);

    /// <summary>
    /// For what partners and consultants send (REST bodies, the CLI's files): a property the contract does not have is an
    /// error naming it, never a value silently dropped. Stored JSON of older versions is read with <see cref="Options"/>.
    /// </summary>
    public static JsonSerializerOptions Strict { get; } = Create(JsonUnmappedMemberHandling.Disallow);

    private static JsonSerializerOptions Create(JsonUnmappedMemberHandling unmapped)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            MaxDepth = 32,
            // Danish letters and apostrophes as themselves: the JSON is read by people too. Markup stays escaped.
            Encoder = ReadableJsonEncoder.Instance,
            // A null where the contract has no null is a bad message, reported with its path, not a crash later.
            RespectNullableAnnotations = true,
            // Positional records (Consent, Company, ...) need every parameter: a missing consent flag must not become false.
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = unmapped,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
