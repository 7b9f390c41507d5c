namespace EntityGraph.Redaction.Operators;

/// <summary>
/// State of one redaction call shared by its spans: the numbers of <c>replace</c> with <c>Numbered</c>.
/// One instance per call; not thread-safe.
/// </summary>
public sealed class OperatorContext
{
    private readonly Dictionary<string, Dictionary<string, int>> numbersByType = new(StringComparer.Ordinal);

    /// <summary>
    /// The number of <paramref name="value"/> (trimmed, ignoring case) among the values of <paramref name="type"/>:
    /// 1 for the first value asked for, 2 for the next new one, and the same number again for a value seen before.
    /// </summary>
    public int NumberFor(string type, string value)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(value);
        if (!numbersByType.TryGetValue(type, out var numbers))
        {
            numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            numbersByType.Add(type, numbers);
        }

        var key = value.Trim();
        if (!numbers.TryGetValue(key, out var number))
        {
            number = numbers.Count + 1;
            numbers.Add(key, number);
        }

        return number;
    }
}
