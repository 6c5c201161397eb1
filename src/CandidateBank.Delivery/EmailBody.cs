using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using MimeKit;

namespace CandidateBank.Delivery;

/// <summary>An email's content once, rendered twice: as plain text and as HTML in which every value is HTML-encoded.</summary>
public abstract record EmailBlock;

public sealed record Paragraph(string Text) : EmailBlock;

public sealed record FactList(string Heading, IReadOnlyList<(string Label, string Value)> Facts) : EmailBlock;

/// <param name="Button">Shown as a button in the HTML part (the address is printed under it too); plain text prints the address.</param>
public sealed record LinkLine(string Text, string Url, string? Button = null) : EmailBlock;

/// <summary>Who the email is from and what about, in the coloured band at the top of the HTML part and as its first line in text.</summary>
public sealed record Banner(string Text) : EmailBlock;

/// <summary>
/// Renders the blocks for the mail clients companies use: a 600-pixel table layout with inline styles only (Outlook
/// ignores style sheets and most CSS layout), no images or fonts from elsewhere, and a plain-text part that says the same.
/// </summary>
public static class EmailBody
{
    private const string Brand = "#0b4f8a";
    private const string Font = "font-family:Arial,Helvetica,sans-serif;";

    public static MimeEntity Render(IReadOnlyList<EmailBlock> blocks) =>
        new BodyBuilder { TextBody = Text(blocks), HtmlBody = Html(blocks) }.ToMessageBody();

    private static string Text(IReadOnlyList<EmailBlock> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Banner b: text.AppendLine(b.Text); break;
                case Paragraph p: text.AppendLine(p.Text); break;
                case FactList f:
                    text.AppendLine(f.Heading);
                    foreach (var (label, value) in f.Facts) text.AppendLine($"  {label}: {value}");
                    break;
                case LinkLine l: text.AppendLine(l.Text).AppendLine(l.Url); break;
            }
            text.AppendLine();
        }
        return text.ToString();
    }

    private static string Html(IReadOnlyList<EmailBlock> blocks)
    {
        var banner = blocks.OfType<Banner>().FirstOrDefault()?.Text ?? "CandidateBank";
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(banner)).AppendLine("</title></head>")
            .AppendLine("<body style=\"margin:0;padding:0;background:#f3f4f6;\">")
            .AppendLine("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f3f4f6;\"><tr><td align=\"center\" style=\"padding:16px 8px;\">")
            .Append("<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"width:100%;max-width:600px;background:#ffffff;border:1px solid #d0d4d8;")
            .Append(Font).AppendLine("font-size:16px;line-height:1.5;color:#1b1b1b;\">")
            .Append("<tr><td style=\"background:").Append(Brand).Append(";color:#ffffff;padding:16px 24px;font-size:18px;font-weight:bold;").Append(Font).Append("\">")
            .Append(Encode(banner)).AppendLine("</td></tr>")
            .AppendLine("<tr><td style=\"padding:8px 24px 24px;\">");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    html.Append("<p style=\"margin:16px 0 0;\">").AppendJoin("<br>", p.Text.Split('\n').Select(Encode)).AppendLine("</p>");
                    break;
                case FactList f:
                    html.Append("<h3 style=\"margin:24px 0 8px;font-size:17px;color:").Append(Brand).Append(";\">").Append(Encode(f.Heading)).AppendLine("</h3>")
                        .AppendLine("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">");
                    foreach (var (label, value) in f.Facts)
                        html.Append("<tr><th align=\"left\" valign=\"top\" style=\"padding:4px 12px 4px 0;border-bottom:1px solid #e5e7eb;width:30%;font-weight:bold;\">")
                            .Append(Encode(label)).Append("</th><td style=\"padding:4px 0;border-bottom:1px solid #e5e7eb;\">").Append(Encode(value)).AppendLine("</td></tr>");
                    html.AppendLine("</table>");
                    break;
                case LinkLine l:
                    html.Append("<p style=\"margin:24px 0 8px;\">").Append(Encode(l.Text)).AppendLine("</p>");
                    if (l.Button is { } button)
                        html.Append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"background:").Append(Brand).Append(";border-radius:4px;\">")
                            .Append("<a href=\"").Append(Encode(l.Url)).Append("\" style=\"display:inline-block;padding:12px 20px;color:#ffffff;text-decoration:none;font-weight:bold;")
                            .Append(Font).Append("\">").Append(Encode(button)).AppendLine("</a></td></tr></table>");
                    html.Append("<p style=\"margin:8px 0 0;font-size:13px;color:#4a4a4a;\"><a href=\"").Append(Encode(l.Url)).Append("\" style=\"color:").Append(Brand).Append(";\">")
                        .Append(Encode(l.Url)).AppendLine("</a></p>");
                    break;
            }
        }
        return html.AppendLine("</td></tr></table>").AppendLine("</td></tr></table>").AppendLine("</body></html>").ToString();
    }

    // Danish letters stay readable in the HTML source; markup characters (<, >, &, quotes) are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string value) => Encoder.Encode(value);
}
