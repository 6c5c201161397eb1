using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CandidateBank.Contracts;

/// <summary>The JSON shape of every contract (camelCase, ISO dates), shared by the API, the store and the bus.</summary>
public static class ContractJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            MaxDepth = 32,
            // Danish letters as themselves (ø, not \u00f8): the JSON is read by people too. HTML-significant characters stay escaped.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            // A null where the contract has no null is a bad message, reported with its path, not a crash later.
            RespectNullableAnnotations = true,
            // Positional records (Consent, Company, ...) need every parameter: a missing consent flag must not become false.
            RespectRequiredConstructorParameters = true,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
