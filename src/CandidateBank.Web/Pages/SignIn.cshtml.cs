using CandidateBank.Api.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CandidateBank.Web.Pages;

/// <summary>
/// The key a user holds is exchanged once for a cookie session, so the key is not typed again on every page. With the
/// municipality's OpenID Connect (Entra ID, AD FS) this page becomes a redirect to it: see docs/web.md.
/// </summary>
public sealed class SignInModel(ApiKeyLookup keys) : PageModel
{
    [BindProperty] public string? Key { get; set; }

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    /// <summary>Someone already signed in goes straight to where they start.</summary>
    public async Task<IActionResult> OnGetAsync() =>
        await HttpContext.AuthenticateAsync(WebSetup.Scheme) is { Succeeded: true, Principal: { } user } ? LocalRedirect(WebSetup.Home(user)) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Key))
        {
            Error = "Skriv din nøgle.";
            return Page();
        }
        if (await keys.FindAsync(Key.Trim(), WebSetup.Scheme, cancellationToken) is not { } user)
        {
            Error = "Nøglen er ukendt eller spærret. Kontrollér den, eller spørg den, der har udleveret den.";
            return Page();
        }
        await HttpContext.SignInAsync(WebSetup.Scheme, user);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl!.StartsWith("/app", StringComparison.Ordinal) ? ReturnUrl : WebSetup.Home(user));
    }
}
