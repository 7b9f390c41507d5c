namespace EntityGraph.Storage;

/// <summary>
/// Where a stored document was read from: the file, the reader format, the part of the file and the format's facts.
/// </summary>
/// <param name="Path">The full path of the file the document was read from (for a JSONL line: the JSONL file).</param>
/// <param name="Format">
/// The name of the reader format (<c>text</c>, <c>markdown</c>, <c>html</c>, <c>email</c>, <c>pdf</c>, <c>docx</c>,
/// <c>json</c>, <c>jsonl</c>).
/// </param>
/// <param name="Part">
/// Where inside the file: <c>attachment-N/NAME</c> for an e-mail attachment (nested ones add segments), <c>item-N</c> for an
/// element of a JSON array; null for the file itself.
/// </param>
/// <param name="ParentId">The id of the document this one is attached to (an e-mail attachment's e-mail); null otherwise. The parent need not be stored (an e-mail with an empty body is not).</param>
/// <param name="Metadata">
/// The format's facts, by name: <c>pages</c> and <c>pageStarts</c> (UTF-16 offsets of each page's text, comma-separated)
/// for PDFs; <c>from</c>, <c>to</c>, <c>cc</c>, <c>date</c>, <c>subject</c>, <c>messageId</c>, <c>attachments</c> for
/// e-mails; <c>charset</c>, <c>author</c>, <c>language</c> where the format knows them. Empty when there are none.
/// </param>
public sealed record DocumentOrigin(
    string Path,
    string Format,
    string? Part = null,
    string? ParentId = null,
    IReadOnlyDictionary<string, string>? Metadata = null)
{
    /// <summary>The metadata name of a PDF's page count.</summary>
    public const string PagesKey = "pages";

    /// <summary>The metadata name of a PDF's page start offsets.</summary>
    public const string PageStartsKey = "pageStarts";

    /// <summary>The value of one metadata entry, or null.</summary>
    public string? this[string name] => Metadata is not null && Metadata.TryGetValue(name, out var value) ? value : null;

    /// <summary>The metadata as one JSON object of strings with names in ordinal order, so equal metadata gives equal text (how stores and exports write it).</summary>
    public string MetadataJson()
    {
        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in Metadata ?? new Dictionary<string, string>())
        {
            sorted[name] = value;
        }

        return System.Text.Json.JsonSerializer.Serialize(sorted);
    }

    /// <summary>A PDF's page count (metadata <c>pages</c>); null when not known.</summary>
    public int? Pages => int.TryParse(this[PagesKey], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pages) ? pages : null;

    /// <summary>The UTF-16 offset in the document text where each page starts (metadata <c>pageStarts</c>); null when not known.</summary>
    public IReadOnlyList<int>? PageStarts
    {
        get
        {
            if (this[PageStartsKey] is not { Length: > 0 } starts)
            {
                return null;
            }

            var offsets = new List<int>();
            foreach (var start in starts.Split(','))
            {
                if (!int.TryParse(start, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var offset))
                {
                    return null;
                }

                offsets.Add(offset);
            }

            return offsets;
        }
    }
}
