using System.Globalization;
using System.Text;

namespace EntityGraph.DocumentCorpus;

/// <summary>
/// Makes the sentences of generated documents from one seeded <see cref="Random"/>: organisations in capitals and people
/// and places in title case (what the test NER model tags as ORG and PER), words limited to a <see cref="TextRange"/>.
/// </summary>
public sealed class TextMaker(Random random)
{
    private static readonly string[] Organisations = ["ACME", "KRONOS", "NORDWIND", "VELTRAX", "ORVANTA", "QUORIX", "GLOBEX", "INITECH", "UMBRELLA", "ZETA"];

    private static readonly string[] AsciiPeople = ["Anna Berg", "Bert Olsen", "Clara Hughes", "David Moreau", "Eva Lindqvist", "Frank Meyer", "Greta Stone", "Henry Wolf"];

    private static readonly string[] Latin1People = ["José Núñez", "Zoë Müller", "Søren Ærø", "Françoise Lefèvre", "Jürgen Größ", "Inês Conceição"];

    private static readonly string[] UnicodePeople = ["Łukasz Wójcik", "Дмитрий Орлов", "Ewa Żółć", "Олена Ковальчук"];

    private static readonly string[] AsciiPlaces = ["Berlin", "Oslo", "Lisbon", "Dublin", "Toronto", "Madrid"];

    private static readonly string[] Latin1Places = ["München", "Zürich", "Málaga", "Ålesund", "Besançon"];

    private static readonly string[] UnicodePlaces = ["Kraków", "Москва", "東京", "Київ"];

    private static readonly string[] Templates =
    [
        "{org} hired {per} in {place}.",
        "{per} met {per2} at the {org} office in {place}.",
        "The report from {org} reached {per} on Monday.",
        "{per} signed the contract with {org} and {org2}.",
        "In {place}, {org} opened a new site led by {per}.",
        "{org} and {org2} agreed to share the costs, said {per}.",
    ];

    /// <summary>A value from <paramref name="values"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Between(int min, int max) => random.Next(min, max + 1);

    /// <summary>True with probability <paramref name="chance"/>.</summary>
    public bool Chance(double chance) => random.NextDouble() < chance;

    /// <summary>Bytes that look like nothing: random values with NUL bytes among them.</summary>
    public byte[] Garbage(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        for (var i = 0; i < length; i += 7)
        {
            bytes[i] = 0;
        }

        return bytes;
    }

    /// <summary>One sentence in <paramref name="range"/>.</summary>
    public string Sentence(TextRange range)
    {
        var template = Pick(Templates);
        var org = Pick(Organisations);
        var per = Person(range);
        return template
            .Replace("{org2}", Other(Organisations, org), StringComparison.Ordinal)
            .Replace("{org}", org, StringComparison.Ordinal)
            .Replace("{per2}", Other(AsciiPeople, per), StringComparison.Ordinal)
            .Replace("{per}", per, StringComparison.Ordinal)
            .Replace("{place}", Place(range), StringComparison.Ordinal);
    }

    /// <summary><paramref name="count"/> sentences joined by spaces.</summary>
    public string Sentences(int count, TextRange range)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(i == 0 ? string.Empty : " ").Append(Sentence(range));
        }

        return text.ToString();
    }

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> lines of one or two sentences.</summary>
    public List<string> Lines(int min, int max, TextRange range) =>
        Enumerable.Range(0, Between(min, max)).Select(_ => Sentences(Between(1, 2), range)).ToList();

    /// <summary>An organisation name (capitals).</summary>
    public string Organisation() => Pick(Organisations);

    /// <summary>A short heading naming the document's number and an organisation.</summary>
    public string Heading(string what, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} {number} from {Pick(Organisations)}");

    private string Person(TextRange range) => range switch
    {
        TextRange.Ascii => Pick(AsciiPeople),
        TextRange.Latin1 => Chance(0.5) ? Pick(Latin1People) : Pick(AsciiPeople),
        _ => Chance(0.4) ? Pick(UnicodePeople) : Chance(0.5) ? Pick(Latin1People) : Pick(AsciiPeople),
    };

    private string Place(TextRange range) => range switch
    {
        TextRange.Ascii => Pick(AsciiPlaces),
        TextRange.Latin1 => Chance(0.5) ? Pick(Latin1Places) : Pick(AsciiPlaces),
        _ => Chance(0.4) ? Pick(UnicodePlaces) : Chance(0.5) ? Pick(Latin1Places) : Pick(AsciiPlaces),
    };

    private string Other(string[] values, string not)
    {
        var other = Pick(values);
        return other == not ? values[(Array.IndexOf(values, other) + 1) % values.Length] : other;
    }
}
