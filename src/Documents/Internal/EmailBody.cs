using MimeKit;

namespace EntityGraph.Documents.Internal;

/// <summary>Chooses the text of an e-mail's body: the text/plain part, else the text/html part turned into text.</summary>
internal static class EmailBody
{
    /// <summary>The body text (possibly blank) and the charset of the part it came from, when declared.</summary>
    public static (string Text, string? Charset) Of(MimeMessage message)
    {
        var plain = FindBodyPart(message, html: false);
        if (plain is not null && !string.IsNullOrWhiteSpace(plain.Text))
        {
            return (plain.Text, plain.ContentType.Charset?.ToLowerInvariant());
        }

        var html = FindBodyPart(message, html: true);
        if (html is not null && !string.IsNullOrWhiteSpace(html.Text))
        {
            return (HtmlTextExtractor.Extract(html.Text).Text, html.ContentType.Charset?.ToLowerInvariant());
        }

        return ("", null);
    }

    private static TextPart? FindBodyPart(MimeMessage message, bool html) =>
        message.BodyParts
            .OfType<TextPart>()
            .FirstOrDefault(part => (html ? part.IsHtml : part.IsPlain) && !part.IsAttachment && string.IsNullOrWhiteSpace(part.FileName));
}
