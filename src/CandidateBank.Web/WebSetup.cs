using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using CandidateBank.Api.Auth;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.WebEncoders;

namespace CandidateBank.Web;

/// <summary>
/// The web app under <c>/app</c>: a consultant or job-centre user signs in with their API key once and gets a cookie
/// session; every page then reads and acts through the same rules as the REST API (roles, tenancy, consent).
/// </summary>
public static class WebSetup
{
    public const string Scheme = "CandidateBank.App";
    public const string ConsultantPolicy = "app-consultant";
    public const string JobCentrePolicy = "app-jobcentre";

    public static IServiceCollection AddCandidateBankWeb(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddCookie(Scheme, cookie =>
            {
                cookie.Cookie.Name = "candidatebank-session";
                cookie.Cookie.HttpOnly = true;
                // Secure whenever the request came over TLS (production is TLS-only: CandidateBank:AllowPlainHttp).
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.Path = "/app";
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.LoginPath = "/app/sign-in";
                cookie.LogoutPath = "/app/sign-out";
                cookie.AccessDeniedPath = "/app/access-denied";
                cookie.ReturnUrlParameter = "returnUrl";
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(ConsultantPolicy, policy => policy.AddAuthenticationSchemes(Scheme).RequireRole(Roles.Consultant, Roles.Admin))
            .AddPolicy(JobCentrePolicy, policy => policy.AddAuthenticationSchemes(Scheme).RequireRole(Roles.JobCentre, Roles.Admin));
        services.AddRazorPages(pages =>
            {
                pages.Conventions.AuthorizeFolder("/Orders", ConsultantPolicy);
                pages.Conventions.AuthorizeFolder("/Candidates", JobCentrePolicy);
                pages.Conventions.AuthorizeFolder("/Reports", ConsultantPolicy);
                pages.Conventions.AllowAnonymousToPage("/SignIn");
                pages.Conventions.AllowAnonymousToPage("/AccessDenied");
            })
            .AddApplicationPart(typeof(WebSetup).Assembly);
        // Pages written in Danish stay readable as HTML: æ, ø, å and the rest as themselves, only markup escaped.
        services.Configure<WebEncoderOptions>(encoder => encoder.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "candidatebank-antiforgery";
            antiforgery.Cookie.Path = "/app";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    public static IEndpointRouteBuilder MapCandidateBankWeb(this WebApplication app)
    {
        // Every page and its one stylesheet come from this server: no scripts, no fonts or images from elsewhere.
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/app"), branch => branch.Use((http, next) =>
        {
            http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
            return next(http);
        }));
        app.MapGet("/app/app.css", () => TypedResults.Text(Stylesheet.Value, "text/css; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/app", () => TypedResults.Redirect("/app/sign-in")).AllowAnonymous().ExcludeFromDescription();
        app.MapRazorPages();
        return app;
    }

    /// <summary>Where a user starts: consultants (and admins) at the orders, job-centre users at their candidates.</summary>
    public static string Home(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Roles.JobCentre) ? "/app/candidates" : "/app/orders";

    private static readonly Lazy<string> Stylesheet = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("app.css")!;
        return new StreamReader(stream).ReadToEnd();
    });
}
