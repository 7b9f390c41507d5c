namespace EntityGraph.Ner.Decoding;

/// <summary>An IOB2 label inventory ("O", "B-PER", "I-PER", ...) with the transitions IOB2 allows.</summary>
public sealed class LabelSet
{
    public LabelSet(IReadOnlyList<string> labels)
    {
        Labels = labels;
        Types = labels.Select(l => l.Length > 2 ? l[2..] : null).ToArray();
        IsInside = labels.Select(l => l.StartsWith("I-", StringComparison.Ordinal)).ToArray();
        OutsideIndex = labels.ToList().IndexOf("O");
        if (OutsideIndex < 0)
        {
            throw new ArgumentException("The label set has no O label.", nameof(labels));
        }
    }

    public IReadOnlyList<string> Labels { get; }

    public string?[] Types { get; }

    public bool[] IsInside { get; }

    public int OutsideIndex { get; }

    public int Count => Labels.Count;

    public static LabelSet FromTypes(IEnumerable<string> types)
    {
        var labels = new List<string> { "O" };
        foreach (var type in types.Distinct().Order(StringComparer.Ordinal))
        {
            labels.Add("B-" + type);
            labels.Add("I-" + type);
        }

        return new LabelSet(labels);
    }

    /// <summary>I-X may only follow B-X or I-X.</summary>
    public bool Allowed(int previous, int next) =>
        !IsInside[next] || (previous >= 0 && Types[previous] == Types[next]);

    public int IndexOf(string label)
    {
        for (var i = 0; i < Labels.Count; i++)
        {
            if (Labels[i] == label)
            {
                return i;
            }
        }

        return -1;
    }
}
