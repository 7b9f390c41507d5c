namespace EntityGraph.Corpus;

/// <summary>Malformed corpus input; the message names the file and line.</summary>
public sealed class CorpusFormatException : Exception
{
    public CorpusFormatException(string file, int line, string problem)
        : base($"{file}:{line}: {problem}")
    {
        File = file;
        LineNumber = line;
    }

    public string File { get; }

    public int LineNumber { get; }
}
