using EntityGraph.Storage;
using System.Runtime.CompilerServices;
using EntityGraph.Documents;
using EntityGraph.Grains;
using EntityGraph.Telemetry.Metrics;

namespace EntityGraph.Silo.Ingestion;

/// <summary>
/// Reads documents from the paths given to ingest: .jsonl files (one document per line) and every format of
/// <see cref="DocumentFormats"/> (.txt, .md, .html, .eml, .pdf, .docx, .json; id = file name, an e-mail's attachments
/// their own documents with id and source "FILE#attachment-N/NAME"), folders recursively (hidden entries and files of
/// other types skipped). Every document carries its <see cref="DocumentOriginInput"/>: the file's full path, the format,
/// the part, the parent document's id (an attachment's e-mail) and the format's metadata. Every unreadable file, part or line becomes a failed <see cref="SourceItem"/> and reading goes
/// on; a document id seen twice in one run fails the second time.
/// </summary>
public sealed class DocumentSourceReader(int maxTextBytes)
{
    private readonly DocumentFormats formats = DocumentFormats.Default;

    public async IAsyncEnumerable<SourceItem> ReadAsync(IReadOnlyList<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            await foreach (var item in ReadPathAsync(path, cancellationToken))
            {
                var read = item.Document is { } document && !seen.TryAdd(document.Id, item.Origin)
                    ? SourceItem.Failed(item.Origin, ErrorCodes.DuplicateId, $"document id '{document.Id}' was already read from {seen[document.Id]}")
                    : item;
                if (read.Error is { Skipped: false } error)
                {
                    EntityGraphMetrics.DocumentFailed(EntityGraphMetrics.FormatOfPath(read.Origin, "unknown"), error.Code);
                }

                yield return read;
            }
        }
    }

    private async IAsyncEnumerable<SourceItem> ReadPathAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            foreach (var file in EnumerateFolder(path))
            {
                var extension = Path.GetExtension(file);
                if (IsJsonl(file))
                {
                    await foreach (var item in JsonlSource.ReadAsync(file, cancellationToken))
                    {
                        yield return item;
                    }
                }
                else if (formats.Find(file) is { } format)
                {
                    foreach (var item in await ReadFileAsync(file, format, cancellationToken))
                    {
                        yield return item;
                    }
                }
                else
                {
                    yield return SourceItem.Skipped(file, $"unsupported file type '{extension}' (ingest reads .jsonl and {string.Join(", ", formats.SupportedExtensions)})");
                }
            }
        }
        else if (File.Exists(path))
        {
            if (IsJsonl(path))
            {
                await foreach (var item in JsonlSource.ReadAsync(path, cancellationToken))
                {
                    yield return item;
                }
            }
            else
            {
                foreach (var item in await ReadFileAsync(path, formats.Find(path) ?? formats.FindByName("text")!, cancellationToken))
                {
                    yield return item;
                }
            }
        }
        else
        {
            yield return SourceItem.Failed(path, ErrorCodes.FileNotFound, "no such file or folder");
        }
    }

    /// <summary>
    /// How many documents <paramref name="paths"/> hold, for progress: one per readable file (an e-mail's attachments
    /// not counted) and one per non-blank JSONL line. Unreadable paths count nothing.
    /// </summary>
    public int Estimate(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = paths.SelectMany(path => Directory.Exists(path) ? EnumerateFolder(path) : File.Exists(path) ? [path] : []);
        var count = 0;
        foreach (var file in files)
        {
            try
            {
                // A file of an unsupported type counts too: it is reported as skipped.
                count += IsJsonl(file) ? File.ReadLines(file).Count(line => !string.IsNullOrWhiteSpace(line)) : 1;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
            {
                // counted as nothing; reading it will report why
            }
        }

        return count;
    }

    /// <summary>The id of a file's document: the file name, and for a part "NAME#PART".</summary>
    private static string DocumentId(string fileName, string part) => part.Length == 0 ? fileName : $"{fileName}#{part}";

    private static bool IsJsonl(string path) => Path.GetExtension(path).Equals(".jsonl", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> EnumerateFolder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = System.IO.FileAttributes.Hidden, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>The documents of one file in its format (an e-mail's attachments included), and its parts that failed.</summary>
    private async Task<IReadOnlyList<SourceItem>> ReadFileAsync(string path, IDocumentFormat format, CancellationToken cancellationToken)
    {
        DocumentReadResult result;
        try
        {
            await using var stream = File.OpenRead(path);
            result = await format.ReadAsync(stream, Path.GetFileName(path), new DocumentReadContext(maxTextBytes), cancellationToken);
        }
        catch (DocumentReadException unreadable)
        {
            return [SourceItem.Failed(path, unreadable.Code, unreadable.Message)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [SourceItem.Failed(path, ErrorCodes.FileUnreadable, ex.Message)];
        }

        var name = Path.GetFileName(path);
        var fullPath = Path.GetFullPath(path);
        var items = result.Documents
            .Select(document =>
            {
                var origin = document.Part.Length == 0 ? path : $"{path}#{document.Part}";
                var language = document.Metadata.GetValueOrDefault("language");
                var source = new DocumentOriginInput(
                    fullPath,
                    document.Format,
                    document.Part.Length == 0 ? null : document.Part,
                    document.ParentPart is { } parent ? DocumentId(name, parent) : null,
                    document.Metadata);
                return SourceItem.Read(origin, new DocumentInput(DocumentId(name, document.Part), document.Text, language, document.Title, origin, Origin: source));
            })
            .ToList();
        items.AddRange(result.Failures.Select(failure => SourceItem.Failed($"{path}#{failure.Part}", failure.Code, failure.Message)));
        return items;
    }
}
