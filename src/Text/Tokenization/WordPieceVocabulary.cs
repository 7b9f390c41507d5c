namespace EntityGraph.Text.Tokenization;

/// <summary>A WordPiece vocabulary (one token per line, id = line number).</summary>
public sealed class WordPieceVocabulary
{
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordPieceVocabulary(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        Tokens = tokens;
        _ids = new Dictionary<string, int>(tokens.Count, StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            _ids.TryAdd(tokens[i], i);
        }

        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        UnknownId = Require("[UNK]");
        ClsId = Require("[CLS]");
        SepId = Require("[SEP]");
        PadId = Require("[PAD]");
    }

    public IReadOnlyList<string> Tokens { get; }

    public int Count => Tokens.Count;

    public int UnknownId { get; }

    public int ClsId { get; }

    public int SepId { get; }

    public int PadId { get; }

    public static WordPieceVocabulary Load(string path) => FromLines(File.ReadAllLines(path));

    public static WordPieceVocabulary Load(Stream stream)
    {
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return FromLines(lines);
    }

    public bool TryGetId(ReadOnlySpan<char> token, out int id) => _lookup.TryGetValue(token, out id);

    private static WordPieceVocabulary FromLines(IEnumerable<string> lines) =>
        new(lines.Select(l => l.TrimEnd('\r')).ToList());

    private int Require(string token) =>
        _ids.TryGetValue(token, out var id) ? id : throw new InvalidDataException($"The vocabulary has no {token} token.");
}
