using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CandidateBank.Api.Feedback;

/// <summary>
/// The page the emailed link <c>{PublicBaseUrl}/feedback/{token}</c> opens: a 1–5 rating and a comment, posted as JSON
/// to <c>POST /api/v1/feedback/{token}</c>. Static: it reads nothing, so opening it does not use up the token.
/// </summary>
public static class FeedbackPage
{
    public static IEndpointConventionBuilder MapFeedbackPage(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/feedback/{token}", ShowFeedbackPage).AllowAnonymous().ExcludeFromDescription();

    public static ContentHttpResult ShowFeedbackPage(string token) =>
        TypedResults.Content(Html.Replace("{token}", JavaScriptEncoder.Default.Encode(token)), "text/html; charset=utf-8");

    private const string Html = """
        <!DOCTYPE html>
        <html lang="da"><head><meta charset="utf-8"><title>Vurder kandidatlisten</title></head>
        <body style="font-family: sans-serif; max-width: 40em">
        <h1>Hvordan var kandidatlisten?</h1>
        <form id="f">
          <p>Karakter (1 = dårlig, 5 = fremragende):
            <label><input type="radio" name="rating" value="1">1</label> <label><input type="radio" name="rating" value="2">2</label>
            <label><input type="radio" name="rating" value="3">3</label> <label><input type="radio" name="rating" value="4">4</label>
            <label><input type="radio" name="rating" value="5">5</label></p>
          <p><label>Kommentar (valgfri)<br><textarea name="comment" rows="5" cols="60" maxlength="2000"></textarea></label></p>
          <p><button>Send vurdering</button></p>
        </form>
        <p id="answer"></p>
        <script>
        document.getElementById("f").addEventListener("submit", async e => {
          e.preventDefault();
          const form = new FormData(e.target);
          const response = await fetch("/api/v1/feedback/" + "{token}", { method: "POST", headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ rating: Number(form.get("rating")), comment: form.get("comment") || null }) });
          const problem = response.ok ? null : await response.json();
          document.getElementById("answer").textContent = response.ok ? "Tak for jeres vurdering." : problem.title + ": " + (problem.detail ?? "");
        });
        </script>
        </body></html>
        """;
}
