namespace EntityGraph.Documents;

/// <summary>Limits that apply while reading one file.</summary>
public sealed record DocumentReadContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="MaxTextBytes">The most UTF-8 bytes of text one document may have; must be positive.</param>
    /// <param name="MaxAttachmentDepth">
    /// How deep e-mail attachments are followed: 0 reads no attachment, 1 the attachments of the file itself,
    /// 2 also the attachments of an attached e-mail, and so on; must not be negative.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of range.</exception>
    public DocumentReadContext(int MaxTextBytes, int MaxAttachmentDepth = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxTextBytes);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxAttachmentDepth);
        this.MaxTextBytes = MaxTextBytes;
        this.MaxAttachmentDepth = MaxAttachmentDepth;
    }

    /// <summary>The most UTF-8 bytes of text one document may have.</summary>
    public int MaxTextBytes { get; }

    /// <summary>How deep e-mail attachments are followed (0: none).</summary>
    public int MaxAttachmentDepth { get; }

    /// <summary>How deep the file being read is nested: 0 for the file itself, 1 for its attachments, ...</summary>
    internal int Depth { get; init; }
}
