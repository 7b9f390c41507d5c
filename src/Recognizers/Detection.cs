namespace EntityGraph.Recognizers;

/// <summary>One span a recognizer found: a model entity, a rule match or a deny-list term.</summary>
/// <param name="Start">UTF-16 offset of the first character.</param>
/// <param name="End">UTF-16 offset just past the last character (exclusive); the entity is exactly <c>text[Start..End]</c>.</param>
/// <param name="Type">The entity type, e.g. "DATE", "PER", "IBAN".</param>
/// <param name="Confidence">The score between 0 and 1: a calibrated probability for models, a fixed score per rule raised by context words.</param>
/// <param name="Recognizer">The name of the recognizer that produced it, e.g. "rules/date", or the model id.</param>
public sealed record Detection(int Start, int End, string Type, double Confidence, string Recognizer)
{
    /// <summary>Number of UTF-16 code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when this detection and <paramref name="other"/> share at least one character.</summary>
    public bool Overlaps(Detection other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start < other.End && other.Start < End;
    }

    /// <summary>True when <paramref name="other"/> lies within this detection (equal spans contain each other).</summary>
    public bool Contains(Detection other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start <= other.Start && other.End <= End;
    }
}
