namespace EntityGraph.Ner.Encoding;

/// <summary>
/// A list of symbols (words or characters), id = position. Id 0 is padding and id 1 stands for every unknown symbol;
/// stored one symbol per line.
/// </summary>
public sealed class SymbolVocabulary
{
    public const int PadId = 0;
    public const int UnknownId = 1;
    public const string Pad = "<pad>";
    public const string Unknown = "<unk>";

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public SymbolVocabulary(IReadOnlyList<string> symbols)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        if (symbols.Count < 2 || symbols[PadId] != Pad || symbols[UnknownId] != Unknown)
        {
            throw new InvalidDataException($"A symbol vocabulary starts with the lines '{Pad}' and '{Unknown}'.");
        }

        var ids = new Dictionary<string, int>(symbols.Count, StringComparer.Ordinal);
        for (var i = 0; i < symbols.Count; i++)
        {
            if (symbols[i].Length == 0 || !ids.TryAdd(symbols[i], i))
            {
                throw new InvalidDataException($"Symbol vocabulary line {i + 1} is empty or repeats an earlier symbol.");
            }
        }

        Symbols = symbols;
        _lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<string> Symbols { get; }

    public int Count => Symbols.Count;

    public int IdOf(ReadOnlySpan<char> symbol) => _lookup.TryGetValue(symbol, out var id) ? id : UnknownId;

    /// <summary>Symbols seen at least <paramref name="minCount"/> times, most frequent first (ties in ordinal order).</summary>
    public static SymbolVocabulary Build(IReadOnlyDictionary<string, int> counts, int minCount, int maxSize = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var kept = counts.Where(kv => kv.Value >= minCount && kv.Key is not (Pad or Unknown) && kv.Key.Length > 0)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(Math.Max(0, maxSize - 2)).Select(kv => kv.Key);
        return new SymbolVocabulary([Pad, Unknown, .. kept]);
    }

    public static SymbolVocabulary Load(string path) => new(File.ReadAllLines(path));

    public void Save(string path) => File.WriteAllLines(path, Symbols);
}
