using System.Globalization;
using System.Text;

namespace EntityGraph.PiiCorpus.Values;

/// <summary>
/// Culture-independent date formatting with a small pattern language: yyyy, yy, MMMM (month name), MM, M, dd, d, HH, mm;
/// text in single quotes is copied as is, other characters too.
/// </summary>
internal static class DatePattern
{
    /// <summary>Formats a date and time with month names of the language.</summary>
    public static string Format(string pattern, DateTime value, IReadOnlyList<string> monthNames)
    {
        var output = new StringBuilder();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '\'')
            {
                var end = pattern.IndexOf('\'', i + 1);
                if (end < 0)
                {
                    throw new FormatException($"unclosed quote in date pattern '{pattern}'");
                }

                output.Append(pattern, i + 1, end - i - 1);
                i = end + 1;
                continue;
            }

            var run = 1;
            while (i + run < pattern.Length && pattern[i + run] == c)
            {
                run++;
            }

            output.Append((c, run) switch
            {
                ('y', 4) => Number(value.Year, 4),
                ('y', 2) => Number(value.Year % 100, 2),
                ('M', 4) => monthNames[value.Month - 1],
                ('M', 2) => Number(value.Month, 2),
                ('M', 1) => Number(value.Month, 1),
                ('d', 2) => Number(value.Day, 2),
                ('d', 1) => Number(value.Day, 1),
                ('H', 2) => Number(value.Hour, 2),
                ('m', 2) => Number(value.Minute, 2),
                _ => new string(c, run),
            });
            i += run;
        }

        return output.ToString();
    }

    private static string Number(int value, int width) =>
        value.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
