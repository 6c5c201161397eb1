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
        // Only this page's own script may run (a fresh nonce each time), it may talk only to this server, its one
        // stylesheet is the app's, and no other site may frame it: the link arrives by email, and the page takes input.
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        response.Headers.ContentSecurityPolicy = $"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'self'; " +
            "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        var hash = FeedbackTokens.Hash(token);
        var record = await db.Feedback.AsNoTracking().FirstOrDefaultAsync(f => f.TokenHash == hash, cancellationToken);
        if (record is null)
            return Page(StatusCodes.Status404NotFound, "Linket kendes ikke",
                "<p>Vi kender ikke dette link til en vurdering. Brug linket i mailen med kandidatlisten, eller svar på mailen.</p>");
        var order = await db.JobOrders.AsNoTracking().Where(o => o.Id == record.JobOrderId).Select(o => new { o.Title, o.JobCentre }).FirstAsync(cancellationToken);
        var about = $"<p class=\"muted\">Kandidatlisten {(order.JobCentre is null ? "" : $"fra Jobcenter {Encode(order.JobCentre)} ")}til jobordren &quot;{Encode(order.Title)}&quot;.</p>";
        if (record.Rating is not null)
            return Page(StatusCodes.Status410Gone, "Vurderingen er modtaget",
                about + "<p>Tak, jeres vurdering af denne kandidatliste er allerede modtaget. Den kan kun gives én gang.</p>");
        var form = Form.Replace("{token}", JavaScriptEncoder.Default.Encode(token)).Replace("<script>", $"<script nonce=\"{nonce}\">")
            .Replace("{candidates}", Candidates(await OutcomeRecording.SentCandidatesAsync(db, record.JobOrderId, cancellationToken)));
        return Page(StatusCodes.Status200OK, "Hvordan var kandidatlisten?", about + form);
    }

    /// <summary>"Which of these did you hire?": one box per candidate, by the reference the email showed.</summary>
    private static string Candidates(IReadOnlyList<SentCandidate> sent) =>
        sent.Count == 0 ? "" : "<fieldset><legend>Hvem af kandidaterne har I ansat? (valgfrit)</legend>" + string.Concat(sent.Select((c, i) =>
            $"<p><input type=\"checkbox\" name=\"hired\" id=\"ansat-{i}\" value=\"{Encode(c.Reference)}\"> <label class=\"inline\" for=\"ansat-{i}\">Kandidat med reference {Encode(c.Reference)}</label></p>")) + "</fieldset>";

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    /// <summary>The app's look (its stylesheet and band), so the company sees who it is dealing with.</summary>
    private static ContentHttpResult Page(int status, string title, string body) => TypedResults.Content($"""
        <!DOCTYPE html>
        <html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title} – CandidateBank</title><link rel="stylesheet" href="/app/app.css"></head>
        <body><header class="top"><span class="brand">CandidateBank</span></header>
        <main id="indhold"><h1>{title}</h1>{body}</main></body></html>
        """, "text/html; charset=utf-8", statusCode: status);

    private const string Form = """
        <form id="f" class="card">
          <fieldset><legend>Karakter (1 = dårlig, 5 = fremragende)</legend>
            <p><input type="radio" name="rating" id="k1" value="1" required> <label class="inline" for="k1">1</label>
            <input type="radio" name="rating" id="k2" value="2"> <label class="inline" for="k2">2</label>
            <input type="radio" name="rating" id="k3" value="3"> <label class="inline" for="k3">3</label>
            <input type="radio" name="rating" id="k4" value="4"> <label class="inline" for="k4">4</label>
            <input type="radio" name="rating" id="k5" value="5"> <label class="inline" for="k5">5</label></p>
          </fieldset>
          <label for="comment">Kommentar (valgfri)</label>
          <textarea id="comment" name="comment" rows="5" maxlength="2000"></textarea>
          {candidates}
          <p><button>Send vurdering</button></p>
        </form>
        <p id="answer" role="status"></p>
        <script>
        document.getElementById("f").addEventListener("submit", async e => {
          e.preventDefault();
          const form = new FormData(e.target);
          const response = await fetch("/api/v1/feedback/" + "{token}", { method: "POST", headers: { "Content-Type": "application/json", "Accept-Language": "da" },
            body: JSON.stringify({ rating: Number(form.get("rating")), comment: form.get("comment") || null, hired: form.getAll("hired") }) });
          const problem = response.ok ? null : await response.json();
          if (response.ok) e.target.hidden = true;
          document.getElementById("answer").textContent = response.ok ? "Tak for jeres vurdering. Den hjælper jobcentret med at finde de rette kandidater næste gang."
            : problem.errors ? "Vurderingen er ikke modtaget: " + Object.entries(problem.errors).map(([field, messages]) => (field === "comment" ? "Kommentaren " : "") + messages.join(" ")).join(" ")
            : problem.title + ": " + (problem.detail ?? "");
        });
        </script>
        """;
}
