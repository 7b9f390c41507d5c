using EntityGraph.Documents.Tests.Fixtures;

namespace EntityGraph.Documents.Tests;

public sealed class EmailFormatTests
{
    [Fact]
    public async Task MessageBody_IsThePlainTextWithHeadersAsMetadata()
    {
        var result = await Read.BytesAsync(EmailFixtures.WithAttachments(), "figures.eml");

        var message = result.Documents[0];
        Assert.Equal("", message.Part);
        Assert.Null(message.ParentPart);
        Assert.Equal("email", message.Format);
        Assert.Equal("Hello team,\nplease find the quarterly figures attached.\n\nRegards, Alice", message.Text);
        Assert.Equal("Quarterly figures", message.Title);
        Assert.Equal("Alice Example <alice@example.com>", message.Metadata["from"]);
        Assert.Equal("Bob Builder <bob@example.org>, carol@example.net", message.Metadata["to"]);
        Assert.Equal("2024-03-05T14:30:00+01:00", message.Metadata["date"]);
        Assert.Equal("Quarterly figures", message.Metadata["subject"]);
        Assert.Equal("4", message.Metadata["attachments"]);
    }

    [Fact]
    public async Task HeadersWithControlAndUndecodableCharacters_GiveOneCleanLineOfTitleAndMetadata()
    {
        // The subject is an encoded word declaring UTF-8 that holds Latin-1 bytes (0xE9: not UTF-8) and a tab.
        var bytes = System.Text.Encoding.ASCII.GetBytes(
            "From: =?utf-8?Q?Ren=E9_Dupont?= <rene@example.com>\r\n" +
            "To: bob@example.org\r\n" +
            "Subject: =?utf-8?Q?Caf=E9=09=09menu?=  for\r\n  Monday\r\n" +
            "Date: Tue, 05 Mar 2024 14:30:00 +0100\r\n" +
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" +
            "Lunch is at noon.\r\n");

        var message = await Read.SingleAsync(bytes, "menu.eml");

        Assert.Equal("Lunch is at noon.", message.Text);
        foreach (var value in new[] { message.Title!, message.Metadata["subject"], message.Metadata["from"] })
        {
            Assert.DoesNotContain(value, c => char.IsControl(c) || c == '\uFFFD' || char.IsSurrogate(c));
            Assert.Equal(value.Trim(), value);
            Assert.DoesNotContain("  ", value, StringComparison.Ordinal);
        }

        Assert.EndsWith("menu for Monday", message.Title, StringComparison.Ordinal);
        Assert.Equal(message.Title, message.Metadata["subject"]);
        Assert.EndsWith("<rene@example.com>", message.Metadata["from"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SupportedAttachments_AreReadWithTheirOwnFormats()
    {
        var result = await Read.BytesAsync(EmailFixtures.WithAttachments(), "figures.eml");

        Assert.Equal(["", "attachment-1/report.pdf", "attachment-2/summary.docx"], result.Documents.Select(d => d.Part));

        var pdf = result.Documents[1];
        Assert.Equal("pdf", pdf.Format);
        Assert.Equal("", pdf.ParentPart);
        Assert.Equal("Annual Figures 2024", pdf.Title);
        Assert.Equal("3", pdf.Metadata["pages"]);
        Assert.StartsWith("Quarterly report\nRevenue grew in every region.\n\nCafé crème", pdf.Text);

        var docx = result.Documents[2];
        Assert.Equal("docx", docx.Format);
        Assert.Equal("", docx.ParentPart);
        Assert.Equal("Project Falcon Summary", docx.Title);
        Assert.Contains("Anna Schmidt\tHamburg\tLead", docx.Text);
    }

    [Fact]
    public async Task UnsupportedAttachmentsAreSkippedAndBrokenOnesReported()
    {
        var result = await Read.BytesAsync(EmailFixtures.WithAttachments(), "figures.eml");

        Assert.DoesNotContain(result.Documents, d => d.Part.Contains("logo.png", StringComparison.Ordinal));
        var failure = Assert.Single(result.Failures);
        Assert.Equal("attachment-4/broken.pdf", failure.Part);
        Assert.Equal(DocumentErrorCodes.FileUnreadable, failure.Code);
        Assert.Contains("broken.pdf", failure.Message);
    }

    [Fact]
    public async Task HtmlOnlyBody_IsTurnedIntoText()
    {
        var document = await Read.SingleAsync(EmailFixtures.HtmlOnly(), "html.eml");

        Assert.Equal("Greetings\nOnly HTML here.", document.Text);
        Assert.Equal("HTML only", document.Title);
    }

    [Fact]
    public async Task AttachedMessages_AreReadWithTheirOwnAttachments()
    {
        var result = await Read.BytesAsync(EmailFixtures.Forwarded(), "fwd.eml");

        Assert.Empty(result.Failures);
        Assert.Collection(
            result.Documents,
            outer =>
            {
                Assert.Equal("", outer.Part);
                Assert.Equal("Forwarding the message below.", outer.Text);
            },
            inner =>
            {
                Assert.Equal("attachment-1/message.eml", inner.Part);
                Assert.Equal("", inner.ParentPart);
                Assert.Equal("email", inner.Format);
                Assert.Equal("Inner message text.", inner.Text);
                Assert.Equal("Original message", inner.Title);
            },
            innerPdf =>
            {
                Assert.Equal("attachment-1/message.eml/attachment-1/inner.pdf", innerPdf.Part);
                Assert.Equal("attachment-1/message.eml", innerPdf.ParentPart);
                Assert.Equal("Inner PDF text.", innerPdf.Text);
            });
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    public async Task AttachmentsAreFollowedUpToTheMaximumDepth(int maxDepth, int documents)
    {
        var context = new DocumentReadContext(MaxTextBytes: 100_000, MaxAttachmentDepth: maxDepth);

        var result = await Read.BytesAsync(EmailFixtures.Forwarded(), "fwd.eml", context);

        Assert.Equal(documents, result.Documents.Count);
    }

    [Fact]
    public async Task EmptyBodyWithAReadableAttachment_ReportsTheBodyAsAFailure()
    {
        var result = await Read.BytesAsync(EmailFixtures.EmptyBodyWithPdf(), "empty-body.eml");

        var document = Assert.Single(result.Documents);
        Assert.Equal("attachment-1/only.pdf", document.Part);
        Assert.Equal("Attachment text only.", document.Text);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("", failure.Part);
        Assert.Equal(DocumentErrorCodes.EmptyText, failure.Code);
    }

    [Fact]
    public async Task AttachmentOverTheLimit_IsAPartFailure()
    {
        var context = new DocumentReadContext(MaxTextBytes: 100);

        var result = await Read.BytesAsync(EmailFixtures.WithAttachments(), "figures.eml", context);

        Assert.Equal([""], result.Documents.Select(d => d.Part));
        Assert.Equal(
            ["attachment-1/report.pdf:TEXT_TOO_LARGE", "attachment-2/summary.docx:TEXT_TOO_LARGE", "attachment-4/broken.pdf:FILE_UNREADABLE"],
            result.Failures.Select(f => $"{f.Part}:{f.Code}"));
    }

    [Fact]
    public async Task RandomBytes_AreUnreadable()
    {
        var bytes = new byte[1024];
        new Random(7).NextBytes(bytes);

        var error = await Read.FailureAsync(bytes, "random.eml");

        Assert.Equal(DocumentErrorCodes.FileUnreadable, error.Code);
    }

    [Fact]
    public async Task ZeroBytes_IsEmptyText()
    {
        var error = await Read.FailureAsync([], "zero.eml");

        Assert.Equal(DocumentErrorCodes.EmptyText, error.Code);
    }
}
