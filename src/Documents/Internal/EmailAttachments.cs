using MimeKit;

namespace EntityGraph.Documents.Internal;

/// <summary>Finds the attachments of an e-mail, in MIME order, without entering attached messages.</summary>
internal static class EmailAttachments
{
    /// <summary>
    /// Every attached message (message/rfc822) and every part that is marked as an attachment or has a file name.
    /// </summary>
    public static IReadOnlyList<EmailAttachment> Of(MimeMessage message)
    {
        var attachments = new List<EmailAttachment>();
        foreach (var entity in message.BodyParts)
        {
            switch (entity)
            {
                case MessagePart messagePart:
                    attachments.Add(new EmailAttachment(messagePart, NameOf(messagePart, "message.eml")));
                    break;
                case MimePart part when part.IsAttachment || !string.IsNullOrWhiteSpace(part.FileName):
                    attachments.Add(new EmailAttachment(part, NameOf(part, "attachment.bin")));
                    break;
            }
        }

        return attachments;
    }

    private static string NameOf(MimeEntity entity, string fallback)
    {
        var name = entity.ContentDisposition?.FileName ?? entity.ContentType.Name;
        return string.IsNullOrWhiteSpace(name) ? fallback : name.Trim();
    }
}
