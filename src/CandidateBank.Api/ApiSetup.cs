using System.Text.Json;
using CandidateBank.Api.AccessLog;
using CandidateBank.Api.Auth;
using CandidateBank.Api.Binding;
using CandidateBank.Api.Candidates;
using CandidateBank.Api.Feedback;
using CandidateBank.Api.Health;
using CandidateBank.Api.JobOrders;
using CandidateBank.Api.Limits;
using CandidateBank.Api.Metrics;
using CandidateBank.Api.Observability;
using CandidateBank.Api.OpenApi;
using CandidateBank.Api.Publishing;
using CandidateBank.Api.Proxies;
using CandidateBank.Api.Security;
using CandidateBank.Api.Tenders;
using CandidateBank.Api.Vocabulary;
using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace CandidateBank.Api;

public static class ApiSetup
{
    public static IServiceCollection AddCandidateBankApi(this IServiceCollection services, IConfiguration candidateBankSection)
    {
        services.AddOptions<ConfiguredApiKeys>().Bind(candidateBankSection).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ConfiguredApiKeys>, ConfiguredApiKeysValidation>();
        services.AddSingleton(sp => new OrderAccess(sp.GetRequiredService<RecruitmentNetworks>(), sp.GetRequiredService<Municipalities>(),
            candidateBankSection.GetValue<bool>("Consultants:SeeNetworkOrders")));
        services.AddScoped<ApiKeyLookup>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.JobCentrePolicy, policy => policy.RequireRole(Roles.JobCentre, Roles.Admin))
            .AddPolicy(Roles.ConsultantPolicy, policy => policy.RequireRole(Roles.Consultant, Roles.Admin));

        var publishTimeout = TimeSpan.FromSeconds(candidateBankSection.GetValue("Bus:PublishTimeoutSeconds", ConfirmedPublisher.DefaultTimeoutSeconds));
        services.AddScoped(sp => new ConfirmedPublisher(sp.GetRequiredService<MassTransit.IPublishEndpoint>(), publishTimeout));

        services.AddRequestLimits(candidateBankSection.GetSection("Limits"));
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // The framework answers these with a bare status; say what to do instead.
            var request = context.HttpContext.Request;
            context.ProblemDetails.Detail ??= context.ProblemDetails.Status switch
            {
                StatusCodes.Status415UnsupportedMediaType => BadRequestExceptionHandler.WrongMediaType(context.HttpContext),
                StatusCodes.Status405MethodNotAllowed => $"{request.Method} is not an operation on {request.Path}; /openapi/v1.json lists what is.",
                _ => null,
            };
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Throw on unreadable bodies so BadRequestExceptionHandler can name the field in a problem details body.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(options => CopyContractJson(options.SerializerOptions));

        services.AddFeedbackRateLimit(candidateBankSection.GetValue("Feedback:PermitsPerMinute", 10));
        services.AddProxyHeaders(candidateBankSection.GetSection("ForwardedHeaders"));
        services.AddHttpContextAccessor();
        services.AddCandidateBankOpenApi();
        services.AddCandidateBankObservability();
        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: ["ready"])
            .AddCheck<IndexHealthCheck>("index", tags: ["ready"]);
        return services;
    }

    public static IEndpointRouteBuilder MapCandidateBankApi(this WebApplication app)
    {
        app.UseProxyHeaders();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseRequestLimits();
        app.UseAuthorization();

        app.Lifetime.ApplicationStarted.Register(() => StartupKeyReport.Log(app.Services));

        app.MapOpenApi();
        app.MapCandidateBankObservability();
        // Offline: the page's script is served by the server itself, and no fonts are fetched from the internet.
        app.MapScalarApiReference(options => options.DisableDefaultFonts().AddPreferredSecuritySchemes(OpenApiSetup.ApiKeyScheme));
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthReportWriter.Write });

        var api = app.MapGroup("").RefuseUnknownQueryParameters();
        api.MapCandidateEndpoints();
        api.MapJobOrderEndpoints();
        api.MapFeedbackEndpoints();
        api.MapMetricsEndpoints();
        api.MapAccessLogEndpoints();
        api.MapTenderEndpoints();
        api.MapCompanyEndpoints();
        api.MapVocabularyEndpoints();
        // Links in emails pass through mail clients that append tracking parameters; the page ignores them.
        app.MapFeedbackPage();
        return app;
    }

    private static void CopyContractJson(JsonSerializerOptions target)
    {
        target.PropertyNamingPolicy = ContractJson.Options.PropertyNamingPolicy;
        target.MaxDepth = ContractJson.Options.MaxDepth;
        target.Encoder = ContractJson.Options.Encoder;
        target.RespectNullableAnnotations = ContractJson.Options.RespectNullableAnnotations;
        target.RespectRequiredConstructorParameters = ContractJson.Options.RespectRequiredConstructorParameters;
        target.UnmappedMemberHandling = ContractJson.Strict.UnmappedMemberHandling;
    }
}
