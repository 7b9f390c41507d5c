namespace EntityGraph.Documents.Internal;

/// <summary>Shared reading logic of the <c>text</c> and <c>markdown</c> formats.</summary>
internal static class PlainTextReader
{
    /// <summary>Reads a plain-text file into a single document.</summary>
    public static async Task<DocumentReadResult> ReadAsync(
        Stream content,
        string fileName,
        DocumentReadContext context,
        string formatName,
        Func<string, string?> titleOf,
        CancellationToken cancellationToken)
    {
        var bytes = await FormatInput.ReadAllAsync(content, fileName, context, cancellationToken).ConfigureAwait(false);
        var decoded = CharsetDetector.Decode(bytes, fileName);
        var text = LineBreaks.Normalize(decoded.Text);
        TextChecks.EnsureUsable(text, context, fileName);

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["charset"] = decoded.Charset };
        if (decoded.HadByteOrderMark)
        {
            metadata["bom"] = "true";
        }

        var document = new ReadDocument("", text, titleOf(text), formatName, metadata);
        return DocumentResults.Single(document);
    }
}
