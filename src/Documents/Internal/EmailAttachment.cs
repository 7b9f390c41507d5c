using MimeKit;

namespace EntityGraph.Documents.Internal;

/// <summary>An attachment of an e-mail: the MIME entity and the file name it is read under.</summary>
/// <param name="Entity">A <see cref="MimePart"/> or a <see cref="MessagePart"/> (an attached message).</param>
/// <param name="FileName">The attachment's file name (<c>message.eml</c> or <c>attachment.bin</c> when it has none).</param>
internal sealed record EmailAttachment(MimeEntity Entity, string FileName);
