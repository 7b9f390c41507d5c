using System.Text;
using System.Text.Json;
using EntityGraph.Grains;

namespace EntityGraph.Silo.Aliases;

/// <summary>
/// Reads a user alias table: .csv with columns entityId, type, name[, language] (an optional header row naming them), or
/// .jsonl with one {"entityId","type","name","language"?} object per line. The file must be UTF-8; every bad row is
/// reported with its line, and a file with any bad row yields nothing.
/// </summary>
public static class AliasFileReader
{
    public const long MaxFileBytes = 256L * 1024 * 1024;
    private const int MaxReported = 20;

    private static readonly string[] IdColumns = ["entityid", "entity_id", "id"];
    private static readonly string[] LanguageColumns = ["language", "lang"];

    public static async Task<IReadOnlyList<AliasInput>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not ".csv" and not ".jsonl" and not ".ndjson")
        {
            throw new AliasFileException([$"{path}: unknown alias file type '{extension}'; use .csv or .jsonl"]);
        }

        var text = await ReadTextAsync(path, cancellationToken);
        var problems = new List<string>();
        var rows = extension == ".csv" ? ReadCsv(path, text, problems) : ReadJsonl(path, text, problems);
        if (problems.Count > 0)
        {
            throw new AliasFileException(problems.Take(MaxReported).Append(problems.Count > MaxReported ? $"... and {problems.Count - MaxReported} more" : null).OfType<string>().ToList());
        }

        return rows.Count > 0 ? rows : throw new AliasFileException([$"{path}: the file has no alias rows"]);
    }

    private static async Task<string> ReadTextAsync(string path, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new AliasFileException([$"{path}: no such file"]);
        }

        if (info.Length > MaxFileBytes)
        {
            throw new AliasFileException([$"{path}: the file is {info.Length} bytes; the limit is {MaxFileBytes}"]);
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            throw new AliasFileException([$"{path}: the file is not valid UTF-8"]);
        }
    }

    private static List<AliasInput> ReadCsv(string path, string text, List<string> problems)
    {
        var rows = new List<AliasInput>();
        try
        {
            var first = true;
            foreach (var (line, fields) in CsvRecords.Parse(text))
            {
                if (first && IsHeader(fields))
                {
                    first = false;
                    continue;
                }

                first = false;
                if (fields.Count is < 3 or > 4)
                {
                    problems.Add($"{path}:{line}: expected 3 or 4 columns (entityId, type, name, language), found {fields.Count}");
                    continue;
                }

                Add(rows, problems, $"{path}:{line}", fields[0], fields[1], fields[2], fields.Count == 4 ? fields[3] : null);
            }
        }
        catch (FormatException ex)
        {
            problems.Add($"{path}: {ex.Message}");
        }

        return rows;
    }

    private static List<AliasInput> ReadJsonl(string path, string text, List<string> problems)
    {
        var rows = new List<AliasInput>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var at = $"{path}:{i + 1}";
            try
            {
                using var document = JsonDocument.Parse(line);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"{at}: expected a JSON object");
                    continue;
                }

                var root = document.RootElement;
                Add(rows, problems, at, Text(root, "entityId", "entity_id", "id"), Text(root, "type"), Text(root, "name"), Text(root, "language", "lang"));
            }
            catch (JsonException ex)
            {
                problems.Add($"{at}: not valid JSON ({ex.Message})");
            }
            catch (InvalidOperationException)
            {
                problems.Add($"{at}: entityId, type, name and language must be strings");
            }
        }

        return rows;
    }

    private static void Add(List<AliasInput> rows, List<string> problems, string at, string? entityId, string? type, string? name, string? language)
    {
        var missing = new[] { ("entityId", entityId), ("type", type), ("name", name) }.Where(f => string.IsNullOrWhiteSpace(f.Item2)).Select(f => f.Item1).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"{at}: {string.Join(", ", missing)} must not be empty");
            return;
        }

        if (type!.Trim().Contains('|', StringComparison.Ordinal) || type.Trim().Length > 32)
        {
            problems.Add($"{at}: type '{type}' must be at most 32 characters without '|'");
            return;
        }

        rows.Add(new AliasInput(entityId!.Trim(), type.Trim().ToUpperInvariant(), name!.Trim(), string.IsNullOrWhiteSpace(language) ? null : language.Trim()));
    }

    private static string? Text(JsonElement root, params string[] names)
    {
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                return value.GetString();
            }
        }

        return null;
    }

    private static bool IsHeader(IReadOnlyList<string> fields) =>
        fields.Count is 3 or 4
        && IdColumns.Contains(fields[0].Trim().ToLowerInvariant())
        && fields[1].Trim().Equals("type", StringComparison.OrdinalIgnoreCase)
        && fields[2].Trim().Equals("name", StringComparison.OrdinalIgnoreCase)
        && (fields.Count == 3 || LanguageColumns.Contains(fields[3].Trim().ToLowerInvariant()));
}
