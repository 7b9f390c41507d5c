using EntityGraph.Storage;
using System.Runtime.CompilerServices;
using System.Text.Json;
using EntityGraph.Grains;

namespace EntityGraph.Silo.Ingestion;

/// <summary>
/// Reads documents from the paths given to ingest: .txt and .md files (id = file name, title = first line,
/// text = the whole file), .jsonl files (one document per line), folders recursively (hidden entries and
/// files of other types skipped). Every unreadable file or line becomes a failed <see cref="SourceItem"/>
/// and reading goes on; a document id seen twice in one run fails the second time.
/// </summary>
public sealed class DocumentSourceReader(int maxTextBytes)
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".md", ".markdown" };

    public async IAsyncEnumerable<SourceItem> ReadAsync(IReadOnlyList<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            await foreach (var item in ReadPathAsync(path, cancellationToken))
            {
                if (item.Document is { } document && !seen.TryAdd(document.Id, item.Origin))
                {
                    yield return SourceItem.Failed(item.Origin, ErrorCodes.DuplicateId, $"document id '{document.Id}' was already read from {seen[document.Id]}");
                    continue;
                }

                yield return item;
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
                else if (TextExtensions.Contains(extension))
                {
                    yield return await ReadTextFileAsync(file, cancellationToken);
                }
                else
                {
                    yield return SourceItem.Skipped(file, $"unsupported file type '{extension}' (ingest reads .txt, .md and .jsonl files)");
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
                yield return await ReadTextFileAsync(path, cancellationToken);
            }
        }
        else
        {
            yield return SourceItem.Failed(path, ErrorCodes.FileNotFound, "no such file or folder");
        }
    }

    private static bool IsJsonl(string path) => Path.GetExtension(path).Equals(".jsonl", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> EnumerateFolder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = System.IO.FileAttributes.Hidden, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
    }

    private async Task<SourceItem> ReadTextFileAsync(string path, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxTextBytes + 3L)
            {
                return SourceItem.Failed(path, ErrorCodes.TextTooLarge, $"the file is {length} bytes; the limit is {maxTextBytes} bytes");
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return SourceItem.Failed(path, ErrorCodes.FileUnreadable, ex.Message);
        }

        var text = TextFileDecoder.TryDecode(bytes, out var error);
        if (text is null)
        {
            return new SourceItem(path, null, error);
        }

        var markdown = Path.GetExtension(path) is var e && (e.Equals(".md", StringComparison.OrdinalIgnoreCase) || e.Equals(".markdown", StringComparison.OrdinalIgnoreCase));
        return SourceItem.Read(path, new DocumentInput(Path.GetFileName(path), text, Title: FirstLineTitle(text, markdown), Source: path));
    }

    /// <summary>The first non-blank line, without Markdown heading marks, cut to 200 characters; null for blank text.</summary>
    public static string? FirstLineTitle(string text, bool markdown)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (markdown)
            {
                trimmed = trimmed.TrimStart('#').Trim();
            }

            if (!trimmed.IsEmpty)
            {
                return trimmed.Length <= 200 ? trimmed.ToString() : trimmed[..200].ToString();
            }
        }

        return null;
    }
}
