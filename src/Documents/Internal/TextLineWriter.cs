using System.Text;

namespace EntityGraph.Documents.Internal;

/// <summary>
/// Accumulates text the way a browser lays it out: whitespace collapsed inside a line, line breaks only between
/// non-empty lines, optional tab separators between table cells, no leading or trailing whitespace on a line.
/// </summary>
internal sealed class TextLineWriter
{
    private readonly StringBuilder _builder = new();
    private int _lineLength;
    private int _pendingBreaks;
    private bool _pendingSpace;
    private bool _pendingSeparator;

    /// <summary>Whether nothing has been written yet.</summary>
    public bool IsEmpty => _builder.Length == 0;

    /// <summary>Writes text, collapsing runs of whitespace into one space.</summary>
    public void WriteCollapsed(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = true;
            }
            else
            {
                Emit(c);
            }
        }
    }

    /// <summary>Writes preformatted text: spaces kept, each line break ends the line (blank lines kept).</summary>
    public void WritePreformatted(string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r':
                    break;
                case '\n':
                    if (_builder.Length > 0)
                    {
                        _pendingBreaks++;
                    }

                    _pendingSpace = false;
                    break;
                default:
                    Emit(c);
                    break;
            }
        }
    }

    /// <summary>Ends the current line, if it has any text.</summary>
    public void BreakLine()
    {
        if (_lineLength > 0 && _pendingBreaks == 0)
        {
            _pendingBreaks = 1;
        }
    }

    /// <summary>Puts a tab before the next text written on the current line (between table cells).</summary>
    public void SeparateCell()
    {
        if (_lineLength > 0)
        {
            _pendingSeparator = true;
        }
    }

    /// <inheritdoc />
    public override string ToString() => _builder.ToString();

    private void Emit(char c)
    {
        if (_pendingBreaks > 0)
        {
            if (_builder.Length > 0)
            {
                _builder.Append('\n', _pendingBreaks);
            }

            _pendingBreaks = 0;
            _lineLength = 0;
            _pendingSpace = false;
            _pendingSeparator = false;
        }

        if (_lineLength > 0)
        {
            if (_pendingSeparator)
            {
                _builder.Append('\t');
            }
            else if (_pendingSpace)
            {
                _builder.Append(' ');
            }
        }

        _pendingSpace = false;
        _pendingSeparator = false;
        _builder.Append(c);
        _lineLength++;
    }
}
