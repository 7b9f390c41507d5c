using System.Globalization;
using System.Text;

namespace EntityGraph.PiiCorpus.Values;

/// <summary>Random digits, choices and character substitutions used by the generators.</summary>
internal static class RandomText
{
    /// <summary>A random element of a list.</summary>
    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary><paramref name="count"/> random decimal digits.</summary>
    public static string Digits(Random random, int count)
    {
        var buffer = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            buffer.Append((char)('0' + random.Next(10)));
        }

        return buffer.ToString();
    }

    /// <summary>A number in [min, max] padded with zeros to <paramref name="width"/> digits.</summary>
    public static string Number(Random random, int min, int max, int width) =>
        random.Next(min, max + 1).ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Invariant-culture decimal text of an integer.</summary>
    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The items in a random order (Fisher–Yates).</summary>
    public static T[] Shuffle<T>(Random random, IEnumerable<T> items)
    {
        var array = items.ToArray();
        for (var i = array.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (array[i], array[j]) = (array[j], array[i]);
        }

        return array;
    }

    /// <summary>A number padded with zeros to <paramref name="width"/> digits.</summary>
    public static string Padded(int value, int width) =>
        value.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public static bool Chance(Random random, double probability) => random.NextDouble() < probability;

    /// <summary>A random calendar date in [from, to].</summary>
    public static DateOnly Date(Random random, DateOnly from, DateOnly to) => from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));

    /// <summary>Index of the last ASCII digit of the text.</summary>
    public static int LastDigitIndex(string value)
    {
        for (var i = value.Length - 1; i >= 0; i--)
        {
            if (char.IsAsciiDigit(value[i]))
            {
                return i;
            }
        }

        throw new ArgumentException($"'{value}' has no digit", nameof(value));
    }

    /// <summary>Replaces the digit at <paramref name="index"/> with a different random digit.</summary>
    public static string ReplaceDigitAt(Random random, string value, int index) =>
        ReplaceWithOther(random, value, index, "0123456789");

    /// <summary>Replaces the character at <paramref name="index"/> with a different random character of <paramref name="alphabet"/>.</summary>
    public static string ReplaceWithOther(Random random, string value, int index, string alphabet)
    {
        char replacement;
        do
        {
            replacement = alphabet[random.Next(alphabet.Length)];
        }
        while (replacement == value[index]);

        return string.Concat(value.AsSpan(0, index), replacement.ToString(), value.AsSpan(index + 1));
    }

    /// <summary>Inserts <paramref name="separator"/> between groups of the given sizes (the last group takes the rest).</summary>
    public static string Group(string compact, string separator, params int[] sizes)
    {
        var parts = new List<string>();
        var offset = 0;
        foreach (var size in sizes)
        {
            if (offset >= compact.Length)
            {
                break;
            }

            var length = Math.Min(size, compact.Length - offset);
            parts.Add(compact.Substring(offset, length));
            offset += length;
        }

        if (offset < compact.Length)
        {
            parts.Add(compact[offset..]);
        }

        return string.Join(separator, parts);
    }

    /// <summary>Groups of four separated by single spaces (IBAN paper format).</summary>
    public static string GroupsOfFour(string compact) =>
        string.Join(' ', Enumerable.Range(0, (compact.Length + 3) / 4).Select(i => compact.Substring(i * 4, Math.Min(4, compact.Length - i * 4))));
}
