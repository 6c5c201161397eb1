using System.Text.Json.Nodes;
using CandidateBank.Api.Binding;
using CandidateBank.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace CandidateBank.Api.OpenApi;

/// <summary>
/// The served OpenAPI document (<c>/openapi/v1.json</c>): the X-Api-Key scheme on every operation that needs a key,
/// every answer an operation can give (the framework sees only the typed results), request examples from
/// <c>schemas/examples</c>, tag descriptions, and the server without a trailing slash. Redocly's recommended lint passes
/// it with no errors (OpenApiTests).
/// </summary>
public static class OpenApiSetup
{
    public const string ApiKeyScheme = "ApiKey";

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Candidates"] = "Screened candidate profiles, published by the job centre that owns them (jobcentre keys).",
        ["Job orders"] = "Employers' needs, answered with ranked and explained shortlists, approved and emailed once (consultant keys).",
        ["Feedback"] = "The company's rating of a shortlist, through the single-use link in the email (no key).",
        ["Metrics"] = "How the one-day promise is kept, per job centre and recruitment network.",
        ["Tenders"] = "Companies that have won tenders, and how well the bank covers the trades they will need.",
        ["Vocabulary"] = "What the trade vocabulary did not recognise in stored profiles.",
    };

    public static IServiceCollection AddCandidateBankOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, context, _) =>
            {
                document.Info.Title = "CandidateBank API";
                document.Info.Description = "Cross-municipal candidate bank and job-order matching for Danish job centres. Every error is an RFC 9457 problem details body.";
                document.Info.License = new OpenApiLicense { Name = "Proprietary: for the partner job centres", Identifier = "LicenseRef-Proprietary" };
                var request = context.ApplicationServices.GetService<IHttpContextAccessor>()?.HttpContext?.Request;
                if (request is not null) document.Servers = [new OpenApiServer { Url = $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/') }];
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = "X-Api-Key",
                    Description = "A key issued with `candidatebank keys create` (or configured in CandidateBank:ApiKeys).",
                };
                document.Tags = new HashSet<OpenApiTag>(TagDescriptions.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                operation.Responses ??= new OpenApiResponses();
                // An anonymous operation (the feedback link) says so: an empty requirement means no key.
                if (metadata.OfType<IAllowAnonymous>().Any()) operation.Security = [new OpenApiSecurityRequirement()];
                else if (metadata.OfType<IAuthorizeData>().Any())
                {
                    operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [] }];
                    Answer(operation, "401", "No key, or a key that is unknown or revoked.");
                    Answer(operation, "403", "The key's role may not call this operation.");
                    Answer(operation, "429", "Over this key's requests per minute; Retry-After says when to try again.");
                }
                foreach (var language in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.Name == AcceptLanguage.Header))
                    language.Description = "`da` (or `da-DK`) preferred over `en` gives the validation errors in Danish; otherwise they are in English.";
                if (operation.RequestBody is { } body)
                {
                    Answer(operation, "400", "The body or a parameter is not valid: `errors` names each problem by its JSON path.");
                    Answer(operation, "413", "The body is larger than CandidateBank:Limits:MaxBodyBytes.");
                    Answer(operation, "415", "The body was sent without the media type the operation takes.");
                    foreach (var (name, example) in Examples)
                        if (body.Content?.TryGetValue("application/json", out var json) == true && json.Schema is OpenApiSchemaReference { Reference.Id: var id } && id == name)
                            json.Example = example.Value;
                }
                else if (context.Description.ParameterDescriptions.Any(p => p.Source.Id == "Query"))
                    Answer(operation, "400", "A query parameter is unknown or of the wrong kind: `errors` names it.");
                return Task.CompletedTask;
            });
        });

    /// <summary>The request examples partners code against, the same files the schema tests validate.</summary>
    private static readonly Dictionary<string, Lazy<JsonNode?>> Examples = new[] { nameof(CandidateProfile), nameof(JobOrder), nameof(TenderAwarded) }
        .ToDictionary(name => name, name => new Lazy<JsonNode?>(() => JsonNode.Parse(ContractSchemas.Example(name))));

    private static void Answer(OpenApiOperation operation, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status)) return;
        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() },
        };
    }
}
