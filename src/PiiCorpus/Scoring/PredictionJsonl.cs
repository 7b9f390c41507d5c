using System.Text;
using System.Text.Json;

namespace EntityGraph.PiiCorpus.Scoring;

/// <summary>
/// Reads prediction JSON Lines as written by <c>entitygraph redact</c>:
/// <c>{"id","text","items":[{"type","operator","score","start","end","outputStart","outputEnd"}]}</c>, where start/end
/// are offsets in the input text. Only id, type, start and end are used. A line with "entities" instead of "items"
/// (a corpus line) is read the same way, so a corpus can be scored against itself.
/// </summary>
public static class PredictionJsonl
{
    /// <summary>Reads prediction lines (blank lines are skipped).</summary>
    /// <exception cref="PiiCorpusDataException">A line is malformed (the message names the line).</exception>
    public static async Task<IReadOnlyList<PredictedDocument>> ReadAsync(TextReader reader, string sourceName, CancellationToken cancellationToken)
    {
        var documents = new List<PredictedDocument>();
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                documents.Add(ParseLine(line, sourceName, lineNumber));
            }
        }

        return documents;
    }

    /// <summary>Reads a prediction file.</summary>
    /// <exception cref="PiiCorpusDataException">The file is malformed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async Task<IReadOnlyList<PredictedDocument>> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return await ReadAsync(reader, path, cancellationToken).ConfigureAwait(false);
    }

    private static PredictedDocument ParseLine(string line, string sourceName, int lineNumber)
    {
        PiiCorpusDataException Error(string message) => new(message, sourceName, lineNumber);

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new PiiCorpusDataException($"invalid JSON: {ex.Message}", sourceName, lineNumber, ex);
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Error("expected a JSON object");
            }

            if (!root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
            {
                throw Error("missing string \"id\"");
            }

            if (!root.TryGetProperty("items", out var items) && !root.TryGetProperty("entities", out items))
            {
                throw Error("missing \"items\" array");
            }

            if (items.ValueKind != JsonValueKind.Array)
            {
                throw Error("\"items\" must be an array");
            }

            var predicted = new List<PredictedItem>();
            var index = 0;
            foreach (var item in items.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object
                    || !item.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                    || !item.TryGetProperty("start", out var start) || !start.TryGetInt32(out var startValue)
                    || !item.TryGetProperty("end", out var end) || !end.TryGetInt32(out var endValue))
                {
                    throw Error($"item {index} needs a string \"type\" and integer \"start\" and \"end\"");
                }

                predicted.Add(new PredictedItem(type.GetString()!, startValue, endValue));
                index++;
            }

            return new PredictedDocument(id.GetString()!, predicted, lineNumber);
        }
    }
}
