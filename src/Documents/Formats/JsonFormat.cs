using System.Globalization;
using System.Text.Json;
using EntityGraph.Documents.Internal;

namespace EntityGraph.Documents.Formats;

/// <summary>
/// JSON documents (<c>.json</c>, UTF-8): one object <c>{"text": ..., "title": ..., "language": ...}</c> (part <c>""</c>)
/// or an array of such objects (parts <c>item-1</c>, <c>item-2</c>, ...; an item that cannot be read becomes a
/// <see cref="PartFailure"/>). <c>text</c> is required, <c>title</c> and <c>language</c> are optional strings; other
/// properties are ignored. Metadata <c>language</c> when given. The title falls back to the first line of the text.
/// </summary>
public sealed class JsonFormat : IDocumentFormat
{
    /// <summary>The format's name.</summary>
    public const string FormatName = "json";

    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <inheritdoc />
    public string Name => FormatName;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".json"];

    /// <inheritdoc />
    public async Task<DocumentReadResult> ReadAsync(
        Stream content, string fileName, DocumentReadContext context, CancellationToken cancellationToken)
    {
        var bytes = await FormatInput.ReadAllAsync(content, fileName, context, cancellationToken).ConfigureAwait(false);
        ReadOnlyMemory<byte> json = bytes;
        if (json.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            json = json[3..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(json.Span))
        {
            throw new DocumentReadException(DocumentErrorCodes.InvalidUtf8, $"'{fileName}' is not valid UTF-8 (JSON must be UTF-8).");
        }

        using var document = Parse(json, fileName);
        var root = document.RootElement;
        switch (root.ValueKind)
        {
            case JsonValueKind.Object:
                return DocumentResults.Single(ReadItem(root, "", fileName, context));
            case JsonValueKind.Array:
                return ReadArray(root, fileName, context, cancellationToken);
            default:
                throw new DocumentReadException(
                    DocumentErrorCodes.FileUnreadable,
                    $"'{fileName}' must hold a JSON object or an array of objects, not {Describe(root.ValueKind)}.");
        }
    }

    private static JsonDocument Parse(ReadOnlyMemory<byte> json, string fileName)
    {
        try
        {
            return JsonDocument.Parse(json, ParseOptions);
        }
        catch (JsonException ex)
        {
            throw new DocumentReadException(DocumentErrorCodes.FileUnreadable, $"'{fileName}' is not valid JSON: {ex.Message}", ex);
        }
    }

    private static DocumentReadResult ReadArray(
        JsonElement array, string fileName, DocumentReadContext context, CancellationToken cancellationToken)
    {
        var documents = new List<ReadDocument>();
        var failures = new List<PartFailure>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            cancellationToken.ThrowIfCancellationRequested();
            index++;
            var part = "item-" + index.ToString(CultureInfo.InvariantCulture);
            try
            {
                documents.Add(ReadItem(item, part, $"{fileName} {part}", context));
            }
            catch (DocumentReadException ex)
            {
                failures.Add(new PartFailure(part, ex.Code, ex.Message));
            }
        }

        if (documents.Count == 0)
        {
            if (failures.Count == 0)
            {
                throw new DocumentReadException(DocumentErrorCodes.EmptyText, $"'{fileName}' is an empty JSON array.");
            }

            throw new DocumentReadException(
                failures[0].Code, $"No item of '{fileName}' could be read; the first failure: {failures[0].Message}");
        }

        return new DocumentReadResult(documents, failures);
    }

    private static ReadDocument ReadItem(JsonElement item, string part, string name, DocumentReadContext context)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new DocumentReadException(
                DocumentErrorCodes.FileUnreadable, $"'{name}' must be a JSON object, not {Describe(item.ValueKind)}.");
        }

        var text = OptionalString(item, "text", name)
            ?? throw new DocumentReadException(DocumentErrorCodes.FileUnreadable, $"'{name}' has no \"text\" string.");
        text = LineBreaks.Normalize(text);
        TextChecks.EnsureUsable(text, context, name);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var language = OptionalString(item, "language", name);
        if (!string.IsNullOrWhiteSpace(language))
        {
            metadata["language"] = language.Trim();
        }

        var title = TitleText.Clean(OptionalString(item, "title", name)) ?? TitleText.FromFirstLine(text);
        return new ReadDocument(part, text, title, FormatName, metadata);
    }

    private static string? OptionalString(JsonElement item, string property, string name)
    {
        if (!item.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new DocumentReadException(
                DocumentErrorCodes.FileUnreadable,
                $"'{name}': \"{property}\" must be a string, not {Describe(value.ValueKind)}.");
        }

        return value.GetString();
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
