using System.Text;

namespace EntityGraph.PiiCorpus.Values;

/// <summary>Turns names into the ASCII people use in mail addresses (German umlauts become ae/oe/ue, other accents are dropped).</summary>
internal static class AsciiFolding
{
    private static readonly Dictionary<char, string> Common = Build(
        ("àáâãäåāąă", "a"), ("çćč", "c"), ("ď", "d"), ("èéêëēęě", "e"), ("ìíîïī", "i"), ("ł", "l"), ("ñńň", "n"),
        ("òóôõöøō", "o"), ("ŕř", "r"), ("śšş", "s"), ("ť", "t"), ("ùúûüūů", "u"), ("ýÿ", "y"), ("źżž", "z"),
        ("ß", "ss"), ("æ", "ae"), ("œ", "oe"));

    private static readonly Dictionary<char, string> German = Build(("ä", "ae"), ("ö", "oe"), ("ü", "ue"));

    /// <summary>Lower-case ASCII letters and digits of <paramref name="text"/>; spaces, apostrophes and other symbols are dropped.</summary>
    public static string Fold(string text, string language)
    {
        var buffer = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                buffer.Append(c);
            }
            else if (language == "de" && German.TryGetValue(c, out var german))
            {
                buffer.Append(german);
            }
            else if (Common.TryGetValue(c, out var folded))
            {
                buffer.Append(folded);
            }
        }

        return buffer.ToString();
    }

    private static Dictionary<char, string> Build(params (string Characters, string Replacement)[] rows)
    {
        var map = new Dictionary<char, string>();
        foreach (var (characters, replacement) in rows)
        {
            foreach (var c in characters)
            {
                map[c] = replacement;
            }
        }

        return map;
    }
}
