using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace EntityGraph.PiiCorpus.Jsonl;

/// <summary>
/// Reads and writes the corpus as JSON Lines: one document per line,
/// <c>{"id","language","text","entities":[{"start","end","type","value"}],"decoys":[…]}</c>, UTF-8 without BOM.
/// </summary>
public static class PiiCorpusJsonl
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The serializer options of corpus lines (camelCase, non-ASCII written as is, one line per document).</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>The JSON line of one document (no trailing newline).</summary>
    public static string Serialize(PiiDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>Writes the documents to a stream, one per line; returns how many were written.</summary>
    public static async Task<int> WriteAsync(IEnumerable<PiiDocument> documents, Stream stream, CancellationToken cancellationToken)
    {
        var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
        await using (writer.ConfigureAwait(false))
        {
            var count = 0;
            foreach (var document in documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await writer.WriteLineAsync(Serialize(document).AsMemory(), cancellationToken).ConfigureAwait(false);
                count++;
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            return count;
        }
    }

    /// <summary>Writes the documents to a file (created or replaced); returns how many were written.</summary>
    public static async Task<int> WriteFileAsync(string path, IEnumerable<PiiDocument> documents, CancellationToken cancellationToken)
    {
        var stream = File.Create(path);
        await using (stream.ConfigureAwait(false))
        {
            return await WriteAsync(documents, stream, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads corpus lines (blank lines are skipped) and checks that every span's offsets match its value.</summary>
    /// <exception cref="PiiCorpusDataException">A line is not a valid corpus document (the message names the line).</exception>
    public static async Task<IReadOnlyList<PiiDocument>> ReadAsync(TextReader reader, string sourceName, CancellationToken cancellationToken)
    {
        var documents = new List<PiiDocument>();
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            documents.Add(ParseLine(line, sourceName, lineNumber));
        }

        return documents;
    }

    /// <summary>Reads a corpus file.</summary>
    /// <exception cref="PiiCorpusDataException">The file is malformed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async Task<IReadOnlyList<PiiDocument>> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return await ReadAsync(reader, path, cancellationToken).ConfigureAwait(false);
    }

    private static PiiDocument ParseLine(string line, string sourceName, int lineNumber)
    {
        PiiDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<PiiDocument>(line, Options);
        }
        catch (JsonException ex)
        {
            throw new PiiCorpusDataException($"not a corpus document: {ex.Message}", sourceName, lineNumber, ex);
        }

        if (document is null)
        {
            throw new PiiCorpusDataException("not a corpus document: null", sourceName, lineNumber);
        }

        foreach (var span in document.Entities.Concat(document.Decoys))
        {
            if (span.Start < 0 || span.End > document.Text.Length || span.Start >= span.End
                || !document.Text.AsSpan(span.Start, span.End - span.Start).SequenceEqual(span.Value))
            {
                throw new PiiCorpusDataException(
                    $"span {span.Start}..{span.End} ({span.Type}) does not match its value '{span.Value}'", sourceName, lineNumber);
            }
        }

        return document;
    }
}
