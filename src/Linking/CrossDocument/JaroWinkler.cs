namespace EntityGraph.Linking.CrossDocument;

/// <summary>Jaro-Winkler similarity of two strings in [0,1], with the usual prefix scale 0.1 over at most 4 characters.</summary>
public static class JaroWinkler
{
    private const double PrefixScale = 0.1;
    private const int MaxPrefix = 4;

    public static double Similarity(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Length == 0 || right.Length == 0)
        {
            return left.Length == right.Length ? 1.0 : 0.0;
        }

        if (string.Equals(left, right, StringComparison.Ordinal))
        {
            return 1.0;
        }

        var jaro = Jaro(left, right);
        var prefix = 0;
        while (prefix < Math.Min(MaxPrefix, Math.Min(left.Length, right.Length)) && left[prefix] == right[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * PrefixScale * (1 - jaro));
    }

    private static double Jaro(string left, string right)
    {
        var window = Math.Max(0, (Math.Max(left.Length, right.Length) / 2) - 1);
        var leftMatched = new bool[left.Length];
        var rightMatched = new bool[right.Length];
        var matches = 0;
        for (var i = 0; i < left.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(right.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!rightMatched[j] && left[i] == right[j])
                {
                    leftMatched[i] = rightMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0.0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < left.Length; i++)
        {
            if (!leftMatched[i])
            {
                continue;
            }

            while (!rightMatched[k])
            {
                k++;
            }

            if (left[i] != right[k])
            {
                transpositions++;
            }

            k++;
        }

        var m = (double)matches;
        return ((m / left.Length) + (m / right.Length) + ((m - (transpositions / 2.0)) / m)) / 3.0;
    }
}
