namespace EntityGraph.DocumentCorpus;

/// <summary>Which characters a generated text may use, so it survives the encoding of its file.</summary>
public enum TextRange
{
    /// <summary>Printable ASCII only (PDFs written with a standard font).</summary>
    Ascii,

    /// <summary>ISO-8859-1: accented Latin letters (Latin-1 text and HTML files).</summary>
    Latin1,

    /// <summary>Any Unicode text: Polish, Cyrillic and Japanese besides Latin.</summary>
    Unicode,
}
