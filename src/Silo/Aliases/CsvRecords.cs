using System.Text;

namespace EntityGraph.Silo.Aliases;

/// <summary>Splits RFC 4180 CSV text into records of fields: commas, double-quoted fields with "" escapes and line breaks inside quotes.</summary>
public static class CsvRecords
{
    /// <summary>The records with the line number each starts on; blank lines are skipped. Throws <see cref="FormatException"/> for an unclosed quote.</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    any = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (any || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        yield return (start, fields.ToArray());
                    }

                    fields.Clear();
                    field.Clear();
                    any = false;
                    line++;
                    start = line;
                    break;
                default:
                    field.Append(c);
                    any = true;
                    break;
            }
        }

        if (quoted)
        {
            throw new FormatException($"line {start}: a quoted field is not closed");
        }

        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return (start, fields.ToArray());
        }
    }
}
