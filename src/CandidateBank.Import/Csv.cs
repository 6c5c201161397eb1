using System.Text;

namespace CandidateBank.Import;

/// <summary>RFC 4180 records: quoted fields may hold separators, doubled quotes and line breaks.</summary>
public static class Csv
{
    public static List<string> Split(string line, char separator) =>
        Records(new StringReader(line), separator, () => 0).FirstOrDefault().Fields ?? [];

    /// <summary>Each record with the line it starts on; <paramref name="nextLine"/> counts physical lines read.</summary>
    public static IEnumerable<(int Line, List<string> Fields)> Records(TextReader reader, char separator, Func<int> nextLine)
    {
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            var start = nextLine();
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; ; i++)
            {
                if (i == text.Length)
                {
                    if (!quoted) break;
                    var more = reader.ReadLine();
                    if (more is null) break;
                    nextLine();
                    field.Append('\n');
                    text = more;
                    i = -1;
                    continue;
                }
                var c = text[i];
                if (quoted)
                {
                    if (c != '"') field.Append(c);
                    else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else quoted = false;
                }
                else if (c == '"') quoted = true;
                else if (c == separator) { fields.Add(field.ToString()); field.Clear(); }
                else field.Append(c);
            }
            fields.Add(field.ToString());
            yield return (start, fields);
        }
    }
}
