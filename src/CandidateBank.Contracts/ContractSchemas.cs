namespace CandidateBank.Contracts;

/// <summary>The JSON Schema text (draft-07) in schemas/ for a contract, embedded in this assembly.</summary>
public static class ContractSchemas
{
    public static string? For(Type contract)
    {
        using var stream = typeof(ContractSchemas).Assembly.GetManifestResourceStream($"CandidateBank.Contracts.Schemas.{contract.Name}.schema.json");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
