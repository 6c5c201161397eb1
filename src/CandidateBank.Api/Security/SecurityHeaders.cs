using Microsoft.AspNetCore.Builder;

namespace CandidateBank.Api.Security;

/// <summary>
/// Headers every answer carries: browsers must not guess a type (a JSON answer is never run as a page), no page of ours
/// may be framed by another site, and no address (the feedback link holds a token) leaks in a Referer header. Every
/// answer also carries a Content-Security-Policy that allows nothing, which pages replace with their own: the web app
/// and the feedback page set theirs, and the API reference gets the one its bundled script needs.
/// </summary>
public static class SecurityHeaders
{
    private const string NothingAllowed = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>
    /// Scalar's page loads its bundle from this server and starts it with an inline module script, styles itself
    /// inline and reads the OpenAPI document with fetch; nothing from elsewhere.
    /// </summary>
    private const string ApiReference = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar") ? ApiReference : NothingAllowed;
            return next(context);
        });
}
