using MimeKit;

namespace EntityGraph.Documents.Tests.Fixtures;

/// <summary>Builds e-mails with MimeKit.</summary>
internal static class EmailFixtures
{
    public static readonly DateTimeOffset SentAt = new(2024, 3, 5, 14, 30, 0, TimeSpan.FromHours(1));

    /// <summary>
    /// A message with plain and HTML bodies and four attachments: a PDF, a DOCX, a PNG (unsupported) and a broken PDF.
    /// </summary>
    public static byte[] WithAttachments()
    {
        var body = new BodyBuilder
        {
            TextBody = "Hello team,\r\nplease find the quarterly figures attached.\r\n\r\nRegards, Alice\r\n",
            HtmlBody = "<p>Hello team,</p><p>HTML version of the body.</p>",
        };
        body.Attachments.Add("report.pdf", PdfFixtures.ThreePages());
        body.Attachments.Add("summary.docx", DocxFixtures.Report());
        body.Attachments.Add("logo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        body.Attachments.Add("broken.pdf", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog"u8.ToArray());
        return Serialize(Message("Quarterly figures", body.ToMessageBody()));
    }

    /// <summary>A message with only an HTML body.</summary>
    public static byte[] HtmlOnly()
    {
        var body = new BodyBuilder
        {
            HtmlBody = "<html><head><style>p { color: red; }</style></head><body><h1>Greetings</h1>"
                + "<p>Only   <b>HTML</b> here.</p><script>alert('x')</script></body></html>",
        };
        return Serialize(Message("HTML only", body.ToMessageBody()));
    }

    /// <summary>A message carrying another message (message/rfc822) that itself carries a PDF.</summary>
    public static byte[] Forwarded()
    {
        var innerBody = new BodyBuilder { TextBody = "Inner message text." };
        innerBody.Attachments.Add("inner.pdf", PdfFixtures.Build([["Inner PDF text."]]));
        var inner = Message("Original message", innerBody.ToMessageBody());

        var outerBody = new BodyBuilder { TextBody = "Forwarding the message below." };
        outerBody.Attachments.Add(new MessagePart { Message = inner });
        return Serialize(Message("Fwd: Original message", outerBody.ToMessageBody()));
    }

    /// <summary>A message with an empty body and a PDF attachment.</summary>
    public static byte[] EmptyBodyWithPdf()
    {
        var body = new BodyBuilder { TextBody = "   " };
        body.Attachments.Add("only.pdf", PdfFixtures.Build([["Attachment text only."]]));
        return Serialize(Message("Nothing to say", body.ToMessageBody()));
    }

    private static MimeMessage Message(string subject, MimeEntity body)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Alice Example", "alice@example.com"));
        message.To.Add(new MailboxAddress("Bob Builder", "bob@example.org"));
        message.To.Add(MailboxAddress.Parse("carol@example.net"));
        message.Subject = subject;
        message.Date = SentAt;
        message.Body = body;
        return message;
    }

    private static byte[] Serialize(MimeMessage message)
    {
        using (message)
        {
            using var stream = new MemoryStream();
            message.WriteTo(stream);
            return stream.ToArray();
        }
    }
}
