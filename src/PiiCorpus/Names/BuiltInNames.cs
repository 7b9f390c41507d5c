using System.Reflection;

namespace EntityGraph.PiiCorpus.Names;

/// <summary>The first and last names shipped with the corpus for one language (embedded resource <c>Names/Data/LANG.txt</c>).</summary>
internal sealed class BuiltInNames
{
    private BuiltInNames(string language, IReadOnlyList<string> male, IReadOnlyList<string> female, IReadOnlyList<string> last)
    {
        Language = language;
        Male = male;
        Female = female;
        Last = last;
    }

    public string Language { get; }

    public IReadOnlyList<string> Male { get; }

    public IReadOnlyList<string> Female { get; }

    public IReadOnlyList<string> Last { get; }

    /// <summary>Loads the list of a language from the assembly's resources.</summary>
    public static BuiltInNames Load(string language)
    {
        var resource = $"EntityGraph.PiiCorpus.Names.{language}.txt";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new ArgumentException($"no built-in names for language '{language}'", nameof(language));
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        while (reader.ReadLine() is { } line)
        {
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            if (text.StartsWith('[') && text.EndsWith(']'))
            {
                current = sections[text[1..^1]] = [];
                continue;
            }

            if (current is null)
            {
                throw new InvalidDataException($"{resource}: names before the first [section]");
            }

            current.AddRange(text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }

        List<string> Section(string name) => sections.TryGetValue(name, out var list) && list.Count > 0
            ? list
            : throw new InvalidDataException($"{resource}: missing or empty [{name}] section");
        return new BuiltInNames(language, Section("male"), Section("female"), Section("last"));
    }

    /// <summary>Draws a person; Spanish names sometimes get both surnames, Polish surnames agree with the sex.</summary>
    public PersonName Pick(Random random)
    {
        var female = random.Next(2) == 0;
        var first = Pick(random, female ? Female : Male);
        var last = Pick(random, Last);
        if (Language == "es" && random.Next(10) < 3)
        {
            last = $"{last} {Pick(random, Last)}";
        }
        else if (Language == "pl" && female)
        {
            last = FeminineSurname(last);
        }

        return new PersonName(first, last, female);
    }

    private static string Pick(Random random, IReadOnlyList<string> list) => list[random.Next(list.Count)];

    private static string FeminineSurname(string surname) =>
        surname.EndsWith("ski", StringComparison.Ordinal) || surname.EndsWith("cki", StringComparison.Ordinal) || surname.EndsWith("dzki", StringComparison.Ordinal)
            ? surname[..^1] + "a"
            : surname;
}
