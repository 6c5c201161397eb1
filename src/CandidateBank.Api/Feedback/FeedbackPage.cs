using System.Security.Cryptography;
using System.Text.Encodings.Web;
using CandidateBank.Api.JobOrders;
using CandidateBank.Delivery;
using CandidateBank.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Api.Feedback;

/// <summary>
/// The page the emailed link <c>{PublicBaseUrl}/feedback/{token}</c> opens: a 1–5 rating and a comment, posted as JSON
/// to <c>POST /api/v1/feedback/{token}</c>. Opening it only reads whether the token is known and unused, so it never
/// uses the token up; a link nobody issued, or one already used, says so plainly instead of showing a form.
/// </summary>
public static class FeedbackPage
{
    public static IEndpointConventionBuilder MapFeedbackPage(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/feedback/{token}", ShowFeedbackPage).AllowAnonymous().ExcludeFromDescription();

    public static async Task<ContentHttpResult> ShowFeedbackPage(string token, CandidateBankDb db, HttpResponse response, CancellationToken cancellationToken)
    {
        // Only this page's own script may run (a fresh nonce each time), it may talk only to this server, and no other
        // site may frame it: the link arrives by email, and the page takes input.
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        response.Headers.ContentSecurityPolicy = $"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'unsafe-inline'; " +
            "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        var hash = FeedbackTokens.Hash(token);
        var record = await db.Feedback.AsNoTracking().FirstOrDefaultAsync(f => f.TokenHash == hash, cancellationToken);
        return record switch
        {
            null => Page(StatusCodes.Status404NotFound, "Linket kendes ikke",
                "Vi kender ikke dette link til en vurdering. Brug linket i mailen med kandidatlisten, eller svar på mailen."),
            { Rating: not null } => Page(StatusCodes.Status410Gone, "Vurderingen er modtaget",
                "Tak, jeres vurdering af denne kandidatliste er allerede modtaget. Den kan kun gives én gang."),
            _ => TypedResults.Content(Html.Replace("{token}", JavaScriptEncoder.Default.Encode(token)).Replace("<script>", $"<script nonce=\"{nonce}\">")
                .Replace("{candidates}", Candidates(await OutcomeRecording.SentCandidatesAsync(db, record.JobOrderId, cancellationToken))), "text/html; charset=utf-8"),
        };
    }

    /// <summary>"Which of these did you hire?": one box per candidate, by the number and reference the email showed.</summary>
    private static string Candidates(IReadOnlyList<SentCandidate> sent) =>
        sent.Count == 0 ? "" : "<fieldset><legend>Hvem af kandidaterne har I ansat? (valgfrit)</legend>" + string.Concat(sent.Select((c, i) =>
            $"<label><input type=\"checkbox\" name=\"hired\" value=\"{HtmlEncoder.Default.Encode(c.Reference)}\"> Kandidat {i + 1} ({HtmlEncoder.Default.Encode(c.Reference)})</label><br>")) + "</fieldset>";

    private static ContentHttpResult Page(int status, string title, string text) => TypedResults.Content($"""
        <!DOCTYPE html>
        <html lang="da"><head><meta charset="utf-8"><title>{title}</title></head>
        <body style="font-family: sans-serif; max-width: 40em"><h1>{title}</h1><p>{text}</p></body></html>
        """, "text/html; charset=utf-8", statusCode: status);

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
          {candidates}
          <p><button>Send vurdering</button></p>
        </form>
        <p id="answer"></p>
        <script>
        document.getElementById("f").addEventListener("submit", async e => {
          e.preventDefault();
          const form = new FormData(e.target);
          const response = await fetch("/api/v1/feedback/" + "{token}", { method: "POST", headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ rating: Number(form.get("rating")), comment: form.get("comment") || null, hired: form.getAll("hired") }) });
          const problem = response.ok ? null : await response.json();
          document.getElementById("answer").textContent = response.ok ? "Tak for jeres vurdering." : problem.title + ": " + (problem.detail ?? "");
        });
        </script>
        </body></html>
        """;
}
