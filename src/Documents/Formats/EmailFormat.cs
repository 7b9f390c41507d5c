using System.Globalization;
using EntityGraph.Documents.Internal;
using MimeKit;

namespace EntityGraph.Documents.Formats;

/// <summary>
/// E-mail messages (<c>.eml</c>, MIME) read with MimeKit. The message itself (part <c>""</c>) has the text/plain body
/// (else the text/html body as text), the subject as title and metadata <c>from</c>, <c>to</c>, <c>cc</c>, <c>date</c>
/// (ISO 8601), <c>subject</c>, <c>messageId</c>, <c>charset</c> and <c>attachments</c> (how many the message has).
/// Each attachment with a supported extension, and each attached message (message/rfc822), is read with its own format
/// as part <c>attachment-N/NAME</c> (N counts every attachment, from 1), up to
/// <see cref="DocumentReadContext.MaxAttachmentDepth"/>; attachments of unsupported types are skipped, and those that
/// cannot be read are reported as <see cref="PartFailure"/>s.
/// </summary>
public sealed class EmailFormat : IDocumentFormat
{
    /// <summary>The format's name.</summary>
    public const string FormatName = "email";

    private const string DefaultMessageName = "message.eml";

    private readonly Func<string, IDocumentFormat?>? _findFormat;

    /// <summary>Creates the format; attachments are read with the formats of <see cref="DocumentFormats.Default"/>.</summary>
    public EmailFormat()
    {
    }

    /// <summary>Creates the format with the given way of choosing a format for an attachment by its file name.</summary>
    /// <param name="findFormat">Returns the format for a file name, or null to skip the attachment.</param>
    public EmailFormat(Func<string, IDocumentFormat?> findFormat)
    {
        ArgumentNullException.ThrowIfNull(findFormat);
        _findFormat = findFormat;
    }

    /// <inheritdoc />
    public string Name => FormatName;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".eml"];

    /// <inheritdoc />
    public async Task<DocumentReadResult> ReadAsync(
        Stream content, string fileName, DocumentReadContext context, CancellationToken cancellationToken)
    {
        var bytes = await FormatInput.ReadAllAsync(content, fileName, context, cancellationToken).ConfigureAwait(false);
        using var stream = new MemoryStream(bytes, writable: false);
        MimeMessage message;
        try
        {
            message = await MimeMessage.LoadAsync(stream, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FormatException or ParseException)
        {
            throw new DocumentReadException(
                DocumentErrorCodes.FileUnreadable, $"'{fileName}' is not a readable e-mail: {ex.Message}", ex);
        }

        using (message)
        {
            if (message.Headers.Count == 0)
            {
                throw new DocumentReadException(
                    DocumentErrorCodes.FileUnreadable, $"'{fileName}' is not a readable e-mail: it has no headers.");
            }

            return await ReadMessageAsync(message, fileName, context, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DocumentReadResult> ReadMessageAsync(
        MimeMessage message, string fileName, DocumentReadContext context, CancellationToken cancellationToken)
    {
        var documents = new List<ReadDocument>();
        var failures = new List<PartFailure>();
        DocumentReadException? bodyFailure = null;
        try
        {
            documents.Add(ReadBody(message, fileName, context));
        }
        catch (DocumentReadException ex)
        {
            bodyFailure = ex;
        }

        var attachments = EmailAttachments.Of(message);
        for (var index = 0; index < attachments.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (context.Depth >= context.MaxAttachmentDepth)
            {
                break;
            }

            var attachment = attachments[index];
            var part = PartNames.Attachment(index + 1, attachment.FileName);
            var childContext = context with { Depth = context.Depth + 1 };
            try
            {
                var result = await ReadAttachmentAsync(attachment, childContext, cancellationToken).ConfigureAwait(false);
                if (result is null)
                {
                    continue;
                }

                var rebased = PartNames.Rebase(result, part);
                documents.AddRange(rebased.Documents);
                failures.AddRange(rebased.Failures);
            }
            catch (DocumentReadException ex)
            {
                failures.Add(new PartFailure(part, ex.Code, ex.Message));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures.Add(new PartFailure(part, DocumentErrorCodes.FileUnreadable, $"'{attachment.FileName}' cannot be read: {ex.Message}"));
            }
        }

        if (bodyFailure is not null)
        {
            if (documents.Count == 0)
            {
                throw bodyFailure;
            }

            failures.Insert(0, new PartFailure("", bodyFailure.Code, bodyFailure.Message));
        }

        return new DocumentReadResult(documents, failures);
    }

    private async Task<DocumentReadResult?> ReadAttachmentAsync(
        EmailAttachment attachment, DocumentReadContext context, CancellationToken cancellationToken)
    {
        if (attachment.Entity is MessagePart { Message: { } nested })
        {
            return await ReadMessageAsync(nested, attachment.FileName, context, cancellationToken).ConfigureAwait(false);
        }

        var format = (_findFormat ?? DocumentFormats.Default.Find)(attachment.FileName);
        if (format is null || attachment.Entity is not MimePart mimePart)
        {
            return null;
        }

        if (mimePart.Content is null)
        {
            throw new DocumentReadException(
                DocumentErrorCodes.EmptyText, $"The attachment '{attachment.FileName}' has no content.");
        }

        using var decoded = new MemoryStream();
        await mimePart.Content.DecodeToAsync(decoded, cancellationToken).ConfigureAwait(false);
        decoded.Position = 0;
        return await format.ReadAsync(decoded, attachment.FileName, context, cancellationToken).ConfigureAwait(false);
    }

    private static ReadDocument ReadBody(MimeMessage message, string fileName, DocumentReadContext context)
    {
        var (text, charset) = EmailBody.Of(message);
        text = LineBreaks.Normalize(text).Trim();
        TextChecks.EnsureUsable(text, context, fileName);

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        AddAddresses(metadata, "from", message.From);
        AddAddresses(metadata, "to", message.To);
        AddAddresses(metadata, "cc", message.Cc);
        if (message.Headers.Contains(HeaderId.Date))
        {
            metadata["date"] = message.Date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        }

        var subject = message.Subject;
        SingleLineText.AddMetadata(metadata, "subject", subject);
        SingleLineText.AddMetadata(metadata, "messageId", message.MessageId);

        if (charset is not null)
        {
            metadata["charset"] = charset;
        }

        metadata["attachments"] = EmailAttachments.Of(message).Count.ToString(CultureInfo.InvariantCulture);
        var title = TitleText.Clean(subject) ?? TitleText.FromFirstLine(text);
        return new ReadDocument("", text, title, FormatName, metadata);
    }

    private static void AddAddresses(Dictionary<string, string> metadata, string key, InternetAddressList addresses)
    {
        var formatted = string.Join(", ", addresses.Mailboxes.Select(mailbox =>
            string.IsNullOrWhiteSpace(mailbox.Name) ? mailbox.Address : $"{mailbox.Name} <{mailbox.Address}>"));
        SingleLineText.AddMetadata(metadata, key, formatted);
    }
}
