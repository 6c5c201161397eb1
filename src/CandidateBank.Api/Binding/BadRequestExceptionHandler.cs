using System.Text.Json;
using System.Text.RegularExpressions;
using CandidateBank.Contracts;
using CandidateBank.Import;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CandidateBank.Api.Binding;

/// <summary>
/// Turns a request the framework could not bind (malformed JSON, a wrong type, a missing required property, an empty
/// body, a query value of the wrong kind, too large) into a 400/413 problem in our words, with <c>errors</c> keyed by the
/// JSON path or parameter name, instead of an empty response or the framework's wording.
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest) return false;

        var report = badRequest.StatusCode switch
        {
            StatusCodes.Status415UnsupportedMediaType => new JsonProblems.Report(WrongMediaType(context), new Dictionary<string, string[]>()),
            StatusCodes.Status413PayloadTooLarge => new JsonProblems.Report(JsonProblems.WithoutTypeNames(badRequest.Message), new Dictionary<string, string[]>()),
            _ => badRequest.InnerException is JsonException json ? JsonProblems.Read(json) : Binding(badRequest.InnerException?.Message ?? badRequest.Message),
        };
        context.Response.StatusCode = badRequest.StatusCode;
        var details = new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = badRequest.StatusCode,
                Title = badRequest.StatusCode switch
                {
                    StatusCodes.Status413PayloadTooLarge => "Request body too large",
                    StatusCodes.Status415UnsupportedMediaType => "Unsupported Media Type",
                    _ => "The request is not valid",
                },
                Detail = report.Detail,
            },
        };
        if (report.Errors.Count > 0) details.ProblemDetails.Extensions["errors"] = report.Errors;
        return await problems.TryWriteAsync(details);
    }

    /// <summary>What a body sent with the wrong media type should have been sent with, in our words.</summary>
    public static string WrongMediaType(HttpContext context)
    {
        var request = context.Request;
        var wanted = AcceptedMediaType(context) ?? "application/json";
        var sent = string.IsNullOrEmpty(request.ContentType) ? "no Content-Type header" : $"'{request.ContentType}'";
        return $"The body of {request.Method} {request.Path} was sent with {sent}; send it as {Kind(wanted)} with the header 'Content-Type: {wanted}'.";
    }

    /// <summary>
    /// The media type the operation takes. Routing answers 415 before the operation is chosen, so its metadata is looked
    /// up by path: only operations without route parameters take anything but JSON (the tender import's CSV).
    /// </summary>
    private static string? AcceptedMediaType(HttpContext context) =>
        context.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count == 0 && string.Equals("/" + e.RoutePattern.RawText?.Trim('/'), context.Request.Path.Value?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(context.Request.Method) ?? true)
            .Select(e => e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.FirstOrDefault())
            .FirstOrDefault(type => type is not null);

    private static string Kind(string mediaType) => mediaType.Contains("csv", StringComparison.OrdinalIgnoreCase) ? "CSV" : "JSON";

    /// <summary>The framework's binding failures, read back into which parameter and what it must be.</summary>
    private static JsonProblems.Report Binding(string message)
    {
        if (EmptyBody().Match(message) is { Success: true } empty)
        {
            var what = Readable(empty.Groups["name"].Value);
            return new($"The body is empty: send the {what} as JSON.", new Dictionary<string, string[]> { [""] = [$"is empty: send the {what} as JSON."] });
        }
        if (NotBound().Match(message) is { Success: true } notBound)
        {
            var name = notBound.Groups["name"].Value;
            var problem = $"must be {Expected(notBound.Groups["type"].Value)}, not '{notBound.Groups["value"].Value}'.";
            return new($"'{name}' {problem}", new Dictionary<string, string[]> { [name] = [problem] });
        }
        if (NotProvided().Match(message) is { Success: true } notProvided)
        {
            var name = notProvided.Groups["name"].Value;
            return new($"'{name}' is required.", new Dictionary<string, string[]> { [name] = ["is required."] });
        }
        return new(JsonProblems.WithoutTypeNames(message), new Dictionary<string, string[]>());
    }

    private static string Expected(string type) => type switch
    {
        _ when type.Contains("int", StringComparison.OrdinalIgnoreCase) => "a whole number",
        _ when type.Contains("bool", StringComparison.OrdinalIgnoreCase) => "true or false",
        _ when type.Contains("Date", StringComparison.Ordinal) => $"a date ({DateText.Formats})",
        _ => "a value of another kind",
    };

    private static string Readable(string parameter) => parameter switch
    {
        "order" => "job order",
        "profile" => "candidate profile",
        "profiles" => "array of candidate profiles",
        "tender" => "tender award",
        _ => parameter,
    };

    [GeneratedRegex(@"parameter ""(?:\S+ )?(?<name>\w+)"" but no body was provided|parameter ""(?:\S+ )?(?<name>\w+)"" was not provided from body")]
    private static partial Regex EmptyBody();

    [GeneratedRegex(@"Failed to bind parameter ""(?<type>.+) (?<name>\w+)"" from ""(?<value>.*)""")]
    private static partial Regex NotBound();

    [GeneratedRegex(@"Required parameter ""(?:.+ )?(?<name>\w+)"" was not provided")]
    private static partial Regex NotProvided();
}
