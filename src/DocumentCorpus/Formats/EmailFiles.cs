using System.Globalization;
using EntityGraph.Documents;
using MimeKit;

namespace EntityGraph.DocumentCorpus.Formats;

/// <summary>
/// .eml files written with MimeKit. The file number picks the kind: a plain-text body with one to three attachments of
/// the supported formats (.txt, .pdf, .docx, .html, .md, .json; every attachment its own document
/// <c>FILE#attachment-N/NAME</c> whose parent is the e-mail), an HTML-only body, a PNG among the attachments (skipped, yet
/// counted in N), a forwarded message carrying its own attachment, a broken PDF attachment (reported, the rest stored),
/// or an empty body whose attachment is still stored (its parent, the e-mail, is reported as empty).
/// </summary>
public static class EmailFiles
{
    private static readonly DateTimeOffset Start = new(2024, 1, 8, 9, 0, 0, TimeSpan.FromHours(1));

    /// <summary>Writes the file <paramref name="file"/> and records its documents and failures.</summary>
    public static void Write(FolderWriter folder, string file, int number)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var text = folder.Text;
        var name = Path.GetFileName(file);
        var kind = number % 6;
        var subject = text.Heading("Mail", number);
        var lines = text.Lines(1, 3, TextRange.Unicode);
        var body = new BodyBuilder();
        if (kind == 1)
        {
            body.HtmlBody = "<html><body><p>" + string.Join("</p>\r\n<p>", lines) + "</p><script>track()</script></body></html>";
        }
        else if (kind == 5)
        {
            body.TextBody = " \r\n \r\n";
            folder.ExpectFailure($"{file}#", DocumentErrorCodes.EmptyText, "an e-mail whose body is empty (its attachment is stored)");
        }
        else
        {
            body.TextBody = "Hello,\r\n\r\n" + string.Join("\r\n", lines) + "\r\n\r\nRegards\r\n";
        }

        if (kind != 5)
        {
            var expected = kind == 1 ? string.Join("\n", lines) : "Hello,\n\n" + string.Join("\n", lines) + "\n\nRegards";
            folder.Expect(new(name, file, "email", null, null, expected, subject));
        }

        var attachments = new List<AttachmentContent>();
        if (kind != 1)
        {
            var count = text.Between(1, 3);
            for (var i = 0; i < count; i++)
            {
                attachments.Add(Attachment(text, number, attachments.Count + 1));
            }
        }

        if (kind == 2)
        {
            attachments.Insert(1, new AttachmentContent(string.Create(CultureInfo.InvariantCulture, $"logo-{number:D4}.png"), null, new GeneratedContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], string.Empty, null)));
        }

        if (kind == 4)
        {
            var pdf = PdfContent.Make(text, number);
            attachments.Add(new AttachmentContent(string.Create(CultureInfo.InvariantCulture, $"broken-{number:D4}.pdf"), "pdf-broken", pdf with { Bytes = pdf.Bytes[..(pdf.Bytes.Length / 3)] }));
        }

        for (var i = 0; i < attachments.Count; i++)
        {
            var attachment = attachments[i];
            body.Attachments.Add(attachment.Name, attachment.Content.Bytes);
            var part = Part(i + 1, attachment.Name);
            switch (attachment.Format)
            {
                case null:
                    break;
                case "pdf-broken":
                    folder.ExpectFailure($"{file}#{part}", DocumentErrorCodes.FileUnreadable, "a truncated PDF attachment");
                    break;
                default:
                    folder.Expect(new($"{name}#{part}", file, attachment.Format, part, name, attachment.Content.Text, attachment.Content.Title, attachment.Content.Pages));
                    break;
            }
        }

        if (kind == 3)
        {
            var innerNumber = attachments.Count + 1;
            var innerPart = Part(innerNumber, "message.eml");
            var innerLines = text.Lines(1, 2, TextRange.Unicode);
            var innerSubject = text.Heading("Forwarded", number);
            var innerBody = new BodyBuilder { TextBody = string.Join("\r\n", innerLines) };
            var innerAttachment = Attachment(text, number, 9);
            innerBody.Attachments.Add(innerAttachment.Name, innerAttachment.Content.Bytes);
            var inner = Message(innerSubject, innerBody.ToMessageBody(), number + 1000);
            body.Attachments.Add(new MessagePart { Message = inner });
            var innerId = $"{name}#{innerPart}";
            folder.Expect(new(innerId, file, "email", innerPart, name, string.Join("\n", innerLines), innerSubject));
            var nestedPart = $"{innerPart}/{Part(1, innerAttachment.Name)}";
            folder.Expect(new($"{name}#{nestedPart}", file, innerAttachment.Format!, nestedPart, innerId, innerAttachment.Content.Text, innerAttachment.Content.Title, innerAttachment.Content.Pages));
        }

        using var message = Message(subject, body.ToMessageBody(), number);
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        folder.Write(file, "eml", stream.ToArray());
    }

    private static string Part(int number, string name) => string.Create(CultureInfo.InvariantCulture, $"attachment-{number}/{name}");

    /// <summary>An attachment of a supported format, chosen by its position.</summary>
    private static AttachmentContent Attachment(TextMaker text, int number, int position)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"{number:D4}-{position}");
        return ((number + position) % 6) switch
        {
            0 => new($"notes-{id}.txt", "text", PlainTextContent.Make(text, number + position, markdown: false)),
            1 => new($"report-{id}.pdf", "pdf", PdfContent.Make(text, number + position)),
            2 => new($"memo-{id}.docx", "docx", DocxContent.Make(text, number + position)),
            3 => new($"page-{id}.html", "html", HtmlContent.Make(text, number + position)),
            4 => new($"minutes-{id}.md", "markdown", PlainTextContent.Make(text, number + position, markdown: true)),
            _ => new($"record-{id}.json", "json", JsonFiles.MakeSingle(text, number + position)),
        };
    }

    private static MimeMessage Message(string subject, MimeEntity body, int number)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Anna Berg", "anna.berg@example.com"));
        message.To.Add(new MailboxAddress("Bert Olsen", "bert@example.org"));
        message.Subject = subject;
        message.Date = Start.AddHours(number);
        message.MessageId = string.Create(CultureInfo.InvariantCulture, $"mail-{number}@corpus.example");
        message.Body = body;
        return message;
    }
}
