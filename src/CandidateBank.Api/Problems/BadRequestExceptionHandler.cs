using System.Text.Json;
using CandidateBank.Contracts;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace CandidateBank.Api.Problems;

/// <summary>
/// Turns a body that cannot be read (malformed JSON, a wrong type, a missing required property, too large)
/// into a 400/413 problem that names the field, instead of an empty response.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest) return false;

        var detail = badRequest.StatusCode == StatusCodes.Status415UnsupportedMediaType ? WrongMediaType(context.Request) : badRequest.InnerException switch
        {
            JsonException json => JsonProblems.Describe(json),
            { } inner => inner.Message,
            null => badRequest.Message,
        };
        context.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = badRequest.StatusCode,
                Title = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "The request body is not valid",
                Detail = detail,
            },
        });
    }

    /// <summary>What a body sent without the JSON media type should have been sent with, in our words.</summary>
    public static string WrongMediaType(HttpRequest request) =>
        $"Send the body of {request.Method} {request.Path} as JSON with the header 'Content-Type: application/json' (a tender import takes 'text/csv').";
}
