namespace EntityGraph.Text;

/// <summary>Letter-by-letter romanisation of lower-case Cyrillic and Greek, for matching only.</summary>
internal static class Transliteration
{
    private static readonly Dictionary<int, string> Table = Build();

    public static bool TryGetLatin(int codePoint, out string latin) => Table.TryGetValue(codePoint, out latin!);

    private static Dictionary<int, string> Build()
    {
        var table = new Dictionary<int, string>();
        const string cyrillic = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўђјљњћџ";
        string[] cyrillicLatin =
        [
            "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
            "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "i", "ye", "g", "u", "dj", "j", "lj", "nj",
            "c", "dz",
        ];
        for (var i = 0; i < cyrillic.Length; i++)
        {
            table[cyrillic[i]] = cyrillicLatin[i];
        }

        const string greek = "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ";
        string[] greekLatin =
        [
            "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f",
            "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y",
        ];
        for (var i = 0; i < greek.Length; i++)
        {
            table[greek[i]] = greekLatin[i];
        }

        return table;
    }
}
