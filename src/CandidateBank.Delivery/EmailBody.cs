using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using MimeKit;

namespace CandidateBank.Delivery;

/// <summary>An email's content once, rendered twice: as plain text and as HTML in which every value is HTML-encoded.</summary>
public abstract record EmailBlock;

public sealed record Paragraph(string Text) : EmailBlock;

public sealed record FactList(string Heading, IReadOnlyList<(string Label, string Value)> Facts) : EmailBlock;

public sealed record LinkLine(string Text, string Url) : EmailBlock;

public static class EmailBody
{
    public static MimeEntity Render(IReadOnlyList<EmailBlock> blocks) =>
        new BodyBuilder { TextBody = Text(blocks), HtmlBody = Html(blocks) }.ToMessageBody();

    private static string Text(IReadOnlyList<EmailBlock> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block)
            {
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
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"></head>\n<body style=\"font-family: sans-serif\">\n");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p: html.Append("<p>").AppendJoin("<br>", p.Text.Split('\n').Select(Encode)).AppendLine("</p>"); break;
                case FactList f:
                    html.Append("<h3>").Append(Encode(f.Heading)).AppendLine("</h3>\n<table>");
                    foreach (var (label, value) in f.Facts)
                        html.Append("<tr><th align=\"left\">").Append(Encode(label)).Append("</th><td>").Append(Encode(value)).AppendLine("</td></tr>");
                    html.AppendLine("</table>");
                    break;
                case LinkLine l:
                    html.Append("<p>").Append(Encode(l.Text)).Append("<br><a href=\"").Append(Encode(l.Url)).Append("\">")
                        .Append(Encode(l.Url)).AppendLine("</a></p>");
                    break;
            }
        }
        return html.AppendLine("</body></html>").ToString();
    }

    // Danish letters stay readable in the HTML source; markup characters (<, >, &, quotes) are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string value) => Encoder.Encode(value);
}
