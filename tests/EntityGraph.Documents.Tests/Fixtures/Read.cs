using EntityGraph.Documents;

namespace EntityGraph.Documents.Tests.Fixtures;

/// <summary>Runs a format over bytes held in memory.</summary>
internal static class Read
{
    public static DocumentReadContext Context { get; } = new(MaxTextBytes: 1_000_000);

    public static async Task<DocumentReadResult> BytesAsync(
        byte[] bytes, string fileName, DocumentReadContext? context = null)
    {
        var format = DocumentFormats.Default.Find(fileName)
            ?? throw new InvalidOperationException($"No format for {fileName}.");
        using var stream = new MemoryStream(bytes);
        return await format.ReadAsync(stream, fileName, context ?? Context, CancellationToken.None);
    }

    public static async Task<ReadDocument> SingleAsync(byte[] bytes, string fileName, DocumentReadContext? context = null)
    {
        var result = await BytesAsync(bytes, fileName, context);
        Assert.Empty(result.Failures);
        return Assert.Single(result.Documents);
    }

    public static async Task<DocumentReadException> FailureAsync(
        byte[] bytes, string fileName, DocumentReadContext? context = null) =>
        await Assert.ThrowsAsync<DocumentReadException>(() => BytesAsync(bytes, fileName, context));
}
