namespace CandidateBank.Contracts;

/// <summary>The JSON Schema text (draft-07) in schemas/ for a contract, and its example message, embedded in this assembly.</summary>
public static class ContractSchemas
{
    public static string? For(Type contract) => Read($"CandidateBank.Contracts.Schemas.{contract.Name}.schema.json");

    /// <summary>schemas/examples/{name}.json: the example partners start from.</summary>
    public static string Example(string contractName) =>
        Read($"CandidateBank.Contracts.Examples.{contractName}.json") ?? throw new ArgumentException($"No example for {contractName}.", nameof(contractName));

    private static string? Read(string resource)
    {
        using var stream = typeof(ContractSchemas).Assembly.GetManifestResourceStream(resource);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
