using System.Text.Json;

namespace EntityGraph.Corpus;

/// <summary>
/// Reads JSONL span files, one object per line: {"text": "...", "spans": [{"start": 0, "end": 5, "label": "ORG"}]}
/// (spaCy/Prodigy style; offsets are character offsets into text, end exclusive), or EntityGraph's feedback lines:
/// {"id": "...", "language": "en", "text": "...", "entities": [{"start": 0, "end": 5, "type": "ORG"}]}.
/// </summary>
public static class JsonlSpanReader
{
    public static IReadOnlyList<TextExample> ReadFile(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Read(reader, path);
    }

    public static IReadOnlyList<TextExample> Read(TextReader reader, string sourceName)
    {
        var examples = new List<TextExample>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            examples.Add(Parse(line, sourceName, lineNumber));
        }

        return examples;
    }

    private static TextExample Parse(string line, string sourceName, int lineNumber)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new CorpusFormatException(sourceName, lineNumber, $"invalid JSON: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                throw new CorpusFormatException(sourceName, lineNumber, "expected an object with a string \"text\"");
            }

            var text = textElement.GetString()!;
            var spans = new List<EntitySpan>();
            if ((root.TryGetProperty("spans", out var spansElement) || root.TryGetProperty("entities", out spansElement)) && spansElement.ValueKind == JsonValueKind.Array)
            {
                foreach (var span in spansElement.EnumerateArray())
                {
                    spans.Add(ParseSpan(span, text, sourceName, lineNumber));
                }
            }

            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
            for (var i = 1; i < spans.Count; i++)
            {
                if (spans[i].Start < spans[i - 1].End)
                {
                    throw new CorpusFormatException(sourceName, lineNumber, $"spans [{spans[i - 1].Start},{spans[i - 1].End}) and [{spans[i].Start},{spans[i].End}) overlap");
                }
            }

            return new TextExample(text, spans, sourceName, lineNumber);
        }
    }

    private static EntitySpan ParseSpan(JsonElement span, string text, string sourceName, int lineNumber)
    {
        if (span.ValueKind != JsonValueKind.Object
            || !span.TryGetProperty("start", out var start) || start.ValueKind != JsonValueKind.Number
            || !span.TryGetProperty("end", out var end) || end.ValueKind != JsonValueKind.Number
            || !(span.TryGetProperty("label", out var label) || span.TryGetProperty("type", out label)) || label.ValueKind != JsonValueKind.String)
        {
            throw new CorpusFormatException(sourceName, lineNumber, "each span needs numeric \"start\", \"end\" and a string \"label\" (or \"type\")");
        }

        var s = start.GetInt32();
        var e = end.GetInt32();
        if (s < 0 || e > text.Length || s >= e)
        {
            throw new CorpusFormatException(sourceName, lineNumber, $"span [{s},{e}) is outside the text (length {text.Length}) or empty");
        }

        return new EntitySpan(s, e, label.GetString()!);
    }
}
