using System.Reflection;
using System.Text.Json;
using CandidateBank.Contracts;
using NJsonSchema;

namespace CandidateBank.Api.Tests;

/// <summary>schemas/ is the contract for partners who are not .NET: samples must validate, and it must not drift from the C# records.</summary>
public class SchemaTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "schemas");

    public static TheoryData<string, Type> Contracts => new()
    {
        { "CandidateProfile", typeof(CandidateProfile) },
        { "CandidateWithdrawn", typeof(CandidateWithdrawn) },
        { "CandidateProfileExpired", typeof(CandidateProfileExpired) },
        { "TenderAwarded", typeof(TenderAwarded) },
        { "JobOrder", typeof(JobOrder) },
        { "Shortlist", typeof(Shortlist) },
    };

    private static Task<JsonSchema> Schema(string name) => JsonSchema.FromFileAsync(Path.Combine(Folder, $"{name}.schema.json"));

    [Theory]
    [MemberData(nameof(Contracts))]
    public async Task Example_document_validates_against_its_schema(string name, Type _)
    {
        var schema = await Schema(name);
        var errors = schema.Validate(await File.ReadAllTextAsync(Path.Combine(Folder, "examples", $"{name}.json")));
        Assert.Empty(errors.Select(e => e.ToString()));
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public async Task Example_document_deserialises_into_the_CSharp_contract(string name, Type type)
    {
        var json = await File.ReadAllTextAsync(Path.Combine(Folder, "examples", $"{name}.json"));
        Assert.NotNull(JsonSerializer.Deserialize(json, type, ContractJson.Options));
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public async Task Schema_properties_are_exactly_the_CSharp_contract_properties(string name, Type type)
    {
        var schema = await Schema(name);
        AssertSameProperties(schema.ActualSchema, type, name);
    }

    [Fact]
    public async Task Serialised_CSharp_profile_validates_against_the_schema()
    {
        var schema = await Schema("CandidateProfile");
        var json = JsonSerializer.Serialize(Profiles.Struktør(), ContractJson.Options);
        Assert.Empty(schema.Validate(json).Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("jens@example.dk")]
    [InlineData("jens.hansen+job@kommune.example.dk")]
    [InlineData("soeren.joergensen@example.dk")]
    [InlineData("søren@example.dk")]
    [InlineData("jens@æble.dk")]
    [InlineData("jens@@example.dk")]
    [InlineData("jens@example")]
    [InlineData("jens hansen@example.dk")]
    [InlineData("@example.dk")]
    public async Task Validator_and_schema_agree_on_a_contact_email(string email)
    {
        var profile = Profiles.Struktør() with { Contact = new Contact("Jens Hansen", email, null) };
        var schemaAccepts = !(await Schema("CandidateProfile")).Validate(JsonSerializer.Serialize(profile, ContractJson.Options)).Any();
        var validatorAccepts = new CandidateBank.Matching.Validation.MessageValidator(CandidateBank.Matching.Geography.Municipalities.Denmark).Validate(profile).IsValid;
        Assert.Equal(schemaAccepts, validatorAccepts);
    }

    [Fact]
    public async Task Synthetic_profiles_and_orders_validate_against_the_schemas()
    {
        var profileSchema = await Schema("CandidateProfile");
        var orderSchema = await Schema("JobOrder");
        var synthetic = CandidateBank.SyntheticData.SyntheticBank.Denmark;
        var failures = synthetic.Candidates(2_000, seed: 7)
            .SelectMany(p => profileSchema.Validate(JsonSerializer.Serialize(p, ContractJson.Options)).Select(e => $"{p.CandidateId}: {e}"))
            .Concat(synthetic.JobOrders(200, seed: 7)
                .SelectMany(o => orderSchema.Validate(JsonSerializer.Serialize(o, ContractJson.Options)).Select(e => $"{o.Title}: {e}")))
            .ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} schema errors, e.g. {failures.FirstOrDefault()}");
    }

    [Fact]
    public async Task Serialised_CSharp_job_order_validates_against_the_schema()
    {
        var schema = await Schema("JobOrder");
        var json = JsonSerializer.Serialize(Profiles.LightRail(), ContractJson.Options);
        Assert.Empty(schema.Validate(json).Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("CandidateProfile.missing-jobCentre.json", "jobCentre")]
    [InlineData("CandidateProfile.unknown-licence.json", "driversLicences")]
    public async Task Invalid_example_is_rejected_naming_the_field(string file, string field)
    {
        var schema = await Schema("CandidateProfile");
        var errors = schema.Validate(await File.ReadAllTextAsync(Path.Combine(Folder, "examples", "invalid", file)));
        Assert.Contains(errors, e => e.ToString().Contains(field));
    }

    private static void AssertSameProperties(JsonSchema schema, Type type, string path)
    {
        var expected = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is not null && p.Name != "EqualityContract")
            .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));
        Assert.Equal(expected.Keys.Order(), schema.ActualProperties.Keys.Order());

        foreach (var (name, property) in expected)
        {
            var nested = NestedContract(property.PropertyType);
            if (nested is null) continue;
            var propertySchema = schema.ActualProperties[name].ActualSchema;
            var objectSchema = propertySchema.Item?.ActualSchema ?? propertySchema.OneOf.Concat(propertySchema.AnyOf).Select(s => s.ActualSchema).FirstOrDefault(s => s.ActualProperties.Count > 0) ?? propertySchema;
            AssertSameProperties(objectSchema, nested, $"{path}.{name}");
        }
    }

    /// <summary>The contract record inside a property (itself, or the element of a list), if it is one of ours.</summary>
    private static Type? NestedContract(Type type)
    {
        var element = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : type;
        element = Nullable.GetUnderlyingType(element) ?? element;
        return element.Namespace == typeof(CandidateProfile).Namespace && element.IsClass && element != typeof(string) ? element : null;
    }
}
