namespace EntityGraph.PiiCorpus.Names;

/// <summary>
/// Extra person names per language, typically the PER spans of NER dev sets; when given to the generator, about half of
/// the PERSON values of a language that has names here come from this source.
/// </summary>
public sealed class NameSource
{
    private readonly Dictionary<string, IReadOnlyList<string>> _names;

    private NameSource(Dictionary<string, IReadOnlyList<string>> names) => _names = names;

    /// <summary>Languages with at least one name, in ordinal order.</summary>
    public IReadOnlyList<string> Languages => [.. _names.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The names of a language (empty when there are none).</summary>
    public IReadOnlyList<string> NamesFor(string language) => _names.TryGetValue(language, out var names) ? names : [];

    /// <summary>A source from explicit lists (names are trimmed; empty and duplicate names are dropped, first occurrence kept).</summary>
    public static NameSource FromNames(IReadOnlyDictionary<string, IReadOnlyList<string>> namesByLanguage)
    {
        ArgumentNullException.ThrowIfNull(namesByLanguage);
        var names = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (language, list) in namesByLanguage)
        {
            var distinct = list.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (distinct.Count > 0)
            {
                names[language] = distinct;
            }
        }

        return new NameSource(names);
    }

    /// <summary>
    /// Reads <c>DIR/LANG/*.dev.iob2</c> (UTF-8, <c>token&lt;TAB&gt;tag</c>, IOB2, blank line between sentences) and keeps the
    /// PER spans of 2–4 tokens made of letters, hyphens, apostrophes and periods. Files are read in ordinal name order.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static NameSource FromNerDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"no such directory '{directory}'");
        }

        var names = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var languageDirectory in Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            var persons = new List<string>();
            foreach (var file in Directory.GetFiles(languageDirectory, "*.dev.iob2").Order(StringComparer.Ordinal))
            {
                using var reader = new StreamReader(file, System.Text.Encoding.UTF8);
                persons.AddRange(NerPersonReader.ReadPersons(reader));
            }

            names[Path.GetFileName(languageDirectory)] = persons;
        }

        return FromNames(names);
    }
}
