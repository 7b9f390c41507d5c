using EntityGraph.Documents.Formats;
using EntityGraph.Documents.Tests.Fixtures;

namespace EntityGraph.Documents.Tests;

public sealed class ContractTests
{
    public static TheoryData<string> FormatNames => new(DocumentFormats.Default.Formats.Select(format => format.Name));

    [Theory]
    [MemberData(nameof(FormatNames))]
    public async Task BadArguments_AreRejected(string name)
    {
        var format = DocumentFormats.Default.FindByName(name)!;
        using var stream = new MemoryStream("text"u8.ToArray());

        await Assert.ThrowsAsync<ArgumentNullException>(() => format.ReadAsync(null!, "a.txt", Read.Context, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => format.ReadAsync(stream, " ", Read.Context, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentNullException>(() => format.ReadAsync(stream, "a.txt", null!, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(FormatNames))]
    public async Task CancelledToken_Cancels(string name)
    {
        var format = DocumentFormats.Default.FindByName(name)!;
        using var stream = new MemoryStream("text"u8.ToArray());
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => format.ReadAsync(stream, "file", Read.Context, cancellation.Token));
    }

    [Fact]
    public void Context_RejectsBadLimits()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentReadContext(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentReadContext(-5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentReadContext(10, MaxAttachmentDepth: -1));
        Assert.Equal(2, new DocumentReadContext(10).MaxAttachmentDepth);
    }

    [Fact]
    public void Exception_CarriesItsCode()
    {
        var error = new DocumentReadException(DocumentErrorCodes.BinaryFile, "binary");

        Assert.Equal("BINARY_FILE", error.Code);
        Assert.Equal("binary", error.Message);
        Assert.Throws<ArgumentException>(() => new DocumentReadException(" ", "no code"));
    }

    [Fact]
    public void EmailFormat_RejectsANullResolver()
    {
        Assert.Throws<ArgumentNullException>(() => new EmailFormat(null!));
    }

    [Fact]
    public async Task EmailFormat_UsesTheGivenResolverForAttachments()
    {
        var format = new EmailFormat(_ => null);
        using var stream = new MemoryStream(EmailFixtures.WithAttachments());

        var result = await format.ReadAsync(stream, "figures.eml", Read.Context, CancellationToken.None);

        Assert.Single(result.Documents);
        Assert.Empty(result.Failures);
    }
}
