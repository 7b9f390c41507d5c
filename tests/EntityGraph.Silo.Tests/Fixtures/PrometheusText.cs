using System.Globalization;
using System.Text.RegularExpressions;

namespace EntityGraph.Silo.Tests.Fixtures;

/// <summary>
/// A strict reader of the Prometheus text exposition format (version 0.0.4): every line is a comment (<c># HELP</c>,
/// <c># TYPE</c> with a known type, <c># EOF</c>), blank, or a sample <c>name{label="value",...} number [timestamp]</c>;
/// anything else throws, naming the line.
/// </summary>
public static partial class PrometheusText
{
    private static readonly HashSet<string> Types = ["counter", "gauge", "histogram", "summary", "untyped"];

    /// <summary>Every sample of the text.</summary>
    public static IReadOnlyList<PrometheusSample> Parse(string text)
    {
        var samples = new List<PrometheusSample>();
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (line.Length == 0 || line == "# EOF")
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                var help = Help().Match(line);
                var type = TypeLine().Match(line);
                if (!help.Success && !(type.Success && Types.Contains(type.Groups["type"].Value)))
                {
                    throw new FormatException($"line {lineNumber} is not a HELP or TYPE comment: {line}");
                }

                continue;
            }

            var sample = Sample().Match(line);
            if (!sample.Success || !double.TryParse(sample.Groups["value"].Value.Replace("+Inf", "Infinity", StringComparison.Ordinal).Replace("-Inf", "-Infinity", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new FormatException($"line {lineNumber} is not a sample: {line}");
            }

            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Match label in Label().Matches(sample.Groups["labels"].Value))
            {
                labels[label.Groups["name"].Value] = Regex.Unescape(label.Groups["value"].Value);
            }

            samples.Add(new PrometheusSample(sample.Groups["name"].Value, labels, value));
        }

        return samples;
    }

    [GeneratedRegex("""^# HELP [a-zA-Z_:][a-zA-Z0-9_:]* .*$""")]
    private static partial Regex Help();

    [GeneratedRegex("""^# TYPE [a-zA-Z_:][a-zA-Z0-9_:]* (?<type>\w+)$""")]
    private static partial Regex TypeLine();

    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>([a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*",?)*)\})? (?<value>[-+]?(Inf|NaN|[0-9.eE+-]+))( -?[0-9]+)?$""")]
    private static partial Regex Sample();

    [GeneratedRegex(""""(?<name>[a-zA-Z_][a-zA-Z0-9_]*)="(?<value>(\\.|[^"\\])*)"""")]
    private static partial Regex Label();
}
