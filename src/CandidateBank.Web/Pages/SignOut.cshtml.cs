using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CandidateBank.Web.Pages;

/// <summary>Signing out ends the cookie session; only a POST (with its anti-forgery token) does, so no link can sign anyone out.</summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/app/sign-in");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(WebSetup.Scheme);
        return LocalRedirect("/app/sign-in");
    }
}
