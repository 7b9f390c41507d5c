using EntityGraph.Storage;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Unicode;
using EntityGraph.Grains;

namespace EntityGraph.Silo.Ingestion;

/// <summary>
/// Streams the documents of a JSONL file line by line; blank lines are ignored, bad lines fail alone. Each document's origin
/// is the file (full path) with format <see cref="FormatName"/>; the line number is not kept, as a line's id is its identity
/// (lines added above it must not make it a new version).
/// </summary>
public static class JsonlSource
{
    /// <summary>The format name of a JSONL document's origin.</summary>
    public const string FormatName = "jsonl";

    public static async IAsyncEnumerable<SourceItem> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var stream = TryOpen(path);
        if (stream is null)
        {
            yield return SourceItem.Failed(path, ErrorCodes.FileUnreadable, "the file cannot be opened for reading");
            yield break;
        }

        await using (stream)
        {
            var line = new MemoryStream();
            var chunk = new byte[1 << 16];
            var number = 0;
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                var start = 0;
                for (var i = 0; i < read; i++)
                {
                    if (chunk[i] != (byte)'\n')
                    {
                        continue;
                    }

                    line.Write(chunk, start, i - start);
                    start = i + 1;
                    number++;
                    if (Parse(path, number, line.GetBuffer().AsSpan(0, (int)line.Length)) is { } item)
                    {
                        yield return item;
                    }

                    line.SetLength(0);
                }

                line.Write(chunk, start, read - start);
            }

            if (line.Length > 0 && Parse(path, number + 1, line.GetBuffer().AsSpan(0, (int)line.Length)) is { } last)
            {
                yield return last;
            }
        }
    }

    private static FileStream? TryOpen(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The document of one line, an error item, or null for a blank line.</summary>
    public static SourceItem? Parse(string path, int number, ReadOnlySpan<byte> bytes)
    {
        var origin = $"{path}:{number}";
        if (number == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        bytes = bytes.TrimEnd((byte)'\r');
        if (bytes.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t']).IsEmpty)
        {
            return null;
        }

        if (!Utf8.IsValid(bytes))
        {
            return SourceItem.Failed(origin, ErrorCodes.InvalidUtf8, "the line is not valid UTF-8");
        }

        JsonlDocumentLine? line;
        try
        {
            line = JsonSerializer.Deserialize<JsonlDocumentLine>(bytes);
        }
        catch (JsonException ex)
        {
            return SourceItem.Failed(origin, ErrorCodes.InvalidJson, $"the line is not a JSON document object: {ex.Message}");
        }

        if (line is null)
        {
            return SourceItem.Failed(origin, ErrorCodes.InvalidJson, "the line is not a JSON object");
        }

        if (string.IsNullOrWhiteSpace(line.Id))
        {
            return SourceItem.Failed(origin, ErrorCodes.InvalidInput, "the line has no \"id\"");
        }

        if (line.Text is null)
        {
            return SourceItem.Failed(origin, ErrorCodes.InvalidInput, $"document '{line.Id}' has no \"text\"");
        }

        return SourceItem.Read(origin, new DocumentInput(line.Id, line.Text, line.Language, line.Title, line.Source, line.Tags, Domain: line.Domain, Origin: new DocumentOriginInput(Path.GetFullPath(path), FormatName)));
    }
}
