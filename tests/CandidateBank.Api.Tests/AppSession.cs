using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CandidateBank.Api.Tests;

/// <summary>The web app as a browser without a browser: cookies kept, redirects not followed, forms posted with their anti-forgery token.</summary>
public static partial class AppSession
{
    /// <summary>A cookie-keeping client that does not follow redirects, signed in through the form when given a key.</summary>
    public static async Task<HttpClient> SignedIn(this CandidateBankFactory factory, string? key)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (key is null) return client;
        var signedIn = await client.PostForm("/app/sign-in", new Dictionary<string, string> { ["Key"] = key });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    /// <summary>Opens the page to get its form's anti-forgery token, then posts the fields with it.</summary>
    public static async Task<HttpResponseMessage> PostForm(this HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var form = await client.GetStringAsync(path);
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>The page's text as a reader sees it: Razor writes an apostrophe as <c>&amp;#x27;</c>.</summary>
    public static async Task<string> Text(this HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
