namespace EntityGraph.LanguageDetect.NGrams;

/// <summary>
/// Enumerates the 1..maxOrder-grams of normalized text. A gram never spans a word gap: a space may only open
/// or close it, and a lone space is no gram.
/// </summary>
internal ref struct NGramEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private readonly int _maxOrder;
    private int _start;
    private int _length;
    private ulong _hash;

    public NGramEnumerator(ReadOnlySpan<char> normalized, int maxOrder)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxOrder, 1);
        _text = normalized;
        _maxOrder = maxOrder;
        _start = 0;
        _length = 0;
        _hash = NGramHasher.Seed;
    }

    public NGram Current { get; private set; }

    public readonly NGramEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        while (_start < _text.Length)
        {
            var end = _start + _length;
            var closed = _length > 1 && _text[end - 1] == ' ';
            if (closed || _length == _maxOrder || end >= _text.Length)
            {
                _start++;
                _length = 0;
                _hash = NGramHasher.Seed;
                continue;
            }

            var c = _text[end];
            _hash = NGramHasher.Append(_hash, c);
            _length++;
            if (_length == 1 && c == ' ')
            {
                continue;
            }

            Current = new NGram(_start, _length, _hash);
            return true;
        }

        return false;
    }
}
