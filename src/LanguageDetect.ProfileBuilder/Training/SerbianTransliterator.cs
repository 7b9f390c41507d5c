using System.Text;

namespace EntityGraph.LanguageDetect.ProfileBuilder.Training;

/// <summary>
/// Serbian Latin to Serbian Cyrillic (the standard one-to-one mapping, lj/nj/dž as one letter), so that a Serbian
/// corpus in Latin script also trains the Cyrillic profile. Letters outside the Serbian alphabet are kept.
/// </summary>
internal static class SerbianTransliterator
{
    private static readonly Dictionary<char, char> Single = new()
    {
        ['a'] = 'а', ['b'] = 'б', ['c'] = 'ц', ['č'] = 'ч', ['ć'] = 'ћ', ['d'] = 'д', ['đ'] = 'ђ', ['e'] = 'е',
        ['f'] = 'ф', ['g'] = 'г', ['h'] = 'х', ['i'] = 'и', ['j'] = 'ј', ['k'] = 'к', ['l'] = 'л', ['m'] = 'м',
        ['n'] = 'н', ['o'] = 'о', ['p'] = 'п', ['r'] = 'р', ['s'] = 'с', ['š'] = 'ш', ['t'] = 'т', ['u'] = 'у',
        ['v'] = 'в', ['z'] = 'з', ['ž'] = 'ж',
    };

    private static readonly Dictionary<string, char> Digraphs = new(StringComparer.Ordinal)
    {
        ["lj"] = 'љ', ["nj"] = 'њ', ["dž"] = 'џ',
    };

    public static string ToCyrillic(string latin)
    {
        var builder = new StringBuilder(latin.Length);
        for (var i = 0; i < latin.Length; i++)
        {
            var c = latin[i];
            var lower = char.ToLowerInvariant(c);
            var upper = c != lower;
            if (i + 1 < latin.Length
                && Digraphs.TryGetValue(string.Concat(lower, char.ToLowerInvariant(latin[i + 1])), out var digraph))
            {
                builder.Append(upper ? char.ToUpperInvariant(digraph) : digraph);
                i++;
                continue;
            }

            builder.Append(Single.TryGetValue(lower, out var cyrillic) ? (upper ? char.ToUpperInvariant(cyrillic) : cyrillic) : c);
        }

        return builder.ToString();
    }
}
