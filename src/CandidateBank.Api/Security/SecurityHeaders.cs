using Microsoft.AspNetCore.Builder;

namespace CandidateBank.Api.Security;

/// <summary>
/// Headers every answer carries: browsers must not guess a type (a JSON answer is never run as a page), no page of ours
/// may be framed by another site, and no address (the feedback link holds a token) leaks in a Referer header.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
}
