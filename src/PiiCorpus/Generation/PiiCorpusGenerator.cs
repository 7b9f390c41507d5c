using System.Globalization;
using EntityGraph.PiiCorpus.Languages;
using EntityGraph.PiiCorpus.Names;
using EntityGraph.PiiCorpus.Templates;
using EntityGraph.PiiCorpus.Values;

namespace EntityGraph.PiiCorpus.Generation;

/// <summary>
/// Generates the labelled multilingual PII test corpus. Output depends only on the seed, the optional name source and the
/// arguments (every random choice comes from <see cref="Random"/> instances seeded from <paramref name="seed"/>; nothing
/// depends on culture or time).
/// </summary>
/// <param name="seed">Corpus seed.</param>
/// <param name="names">Optional extra person names (e.g. from NER dev sets); about half of PERSON values come from it.</param>
public sealed class PiiCorpusGenerator(int seed, NameSource? names = null)
{
    /// <summary>The corpus seed.</summary>
    public int Seed { get; } = seed;

    /// <summary>
    /// Documents for each requested language (all of <see cref="PiiTypes.Languages"/> when null), languages in the order of
    /// <see cref="PiiTypes.Languages"/>, ids <c>LANG-0001</c>, <c>LANG-0002</c>, ….
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="documentsPerLanguage"/> is negative.</exception>
    /// <exception cref="ArgumentException">A language is not a corpus language.</exception>
    public IEnumerable<PiiDocument> Generate(int documentsPerLanguage, IReadOnlyCollection<string>? languages = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(documentsPerLanguage);
        var requested = languages ?? PiiTypes.Languages;
        var unknown = requested.FirstOrDefault(l => !PiiTypes.IsLanguage(l));
        if (unknown is not null)
        {
            throw new ArgumentException($"unknown language '{unknown}' (expected one of {string.Join(", ", PiiTypes.Languages)})", nameof(languages));
        }

        var selected = PiiTypes.Languages.Where(l => requested.Contains(l, StringComparer.Ordinal)).ToList();
        return Iterate(documentsPerLanguage, selected);
    }

    private IEnumerable<PiiDocument> Iterate(int documentsPerLanguage, IReadOnlyList<string> languages)
    {
        foreach (var language in languages)
        {
            var stream = PiiTypes.Languages.ToList().IndexOf(language);
            var random = new Random(SeedMixer.Mix(Seed, stream));
            var persons = new PersonPicker(BuiltInNames.Load(language), names?.NamesFor(language) ?? []);
            var context = new ValueContext(random, LanguageProfiles.Get(language), persons);
            var composer = new DocumentComposer(context, TemplateSet.Get(language));
            for (var i = 1; i <= documentsPerLanguage; i++)
            {
                yield return composer.Compose($"{language}-{i.ToString("D4", CultureInfo.InvariantCulture)}");
            }
        }
    }
}
