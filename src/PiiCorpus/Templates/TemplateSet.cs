using System.Collections.Concurrent;
using System.Reflection;

namespace EntityGraph.PiiCorpus.Templates;

/// <summary>
/// The sentence templates of one language (embedded resource <c>Templates/Data/LANG.txt</c>): filler sentences without PII
/// and, per PII type, templates that carry a value of that type (and possibly other slots).
/// </summary>
internal sealed class TemplateSet
{
    /// <summary>The section of sentences without PII.</summary>
    public const string FillerSection = "FILLER";

    /// <summary>The fewest templates a type of a language may have.</summary>
    public const int MinimumPerType = 8;

    private static readonly ConcurrentDictionary<string, TemplateSet> Cache = new(StringComparer.Ordinal);

    private readonly Dictionary<string, IReadOnlyList<SentenceTemplate>> _byType;

    private TemplateSet(string language, IReadOnlyList<SentenceTemplate> fillers, Dictionary<string, IReadOnlyList<SentenceTemplate>> byType)
    {
        Language = language;
        Fillers = fillers;
        _byType = byType;
    }

    public string Language { get; }

    public IReadOnlyList<SentenceTemplate> Fillers { get; }

    /// <summary>The PII types with templates.</summary>
    public IEnumerable<string> Types => _byType.Keys;

    /// <summary>The templates of a type (empty when it has none).</summary>
    public IReadOnlyList<SentenceTemplate> For(string type) => _byType.TryGetValue(type, out var list) ? list : [];

    /// <summary>The checked templates of a language, loaded once.</summary>
    public static TemplateSet Get(string language) => Cache.GetOrAdd(language, Load);

    /// <summary>Reads and checks the templates of a language from the assembly's resources.</summary>
    public static TemplateSet Load(string language)
    {
        var resource = $"EntityGraph.PiiCorpus.Templates.{language}.txt";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new ArgumentException($"no templates for language '{language}'", nameof(language));
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Parse(language, reader, resource);
    }

    /// <summary>
    /// Parses template text: <c>[SECTION]</c> lines, one template per line, <c>#</c> comments. Every section other than
    /// FILLER must be a type of the language whose templates contain its own slot; slots must be types of the language or NUM;
    /// each type of the language needs at least <see cref="MinimumPerType"/> templates, one with a single slot.
    /// </summary>
    public static TemplateSet Parse(string language, TextReader reader, string sourceName)
    {
        var allowed = PiiTypes.ForLanguage(language);
        var fillers = new List<SentenceTemplate>();
        var byType = new Dictionary<string, List<SentenceTemplate>>(StringComparer.Ordinal);
        string? section = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            if (text.StartsWith('[') && text.EndsWith(']'))
            {
                section = text[1..^1];
                if (section != FillerSection && !allowed.Contains(section, StringComparer.Ordinal))
                {
                    throw new InvalidDataException($"{sourceName}:{lineNumber}: section [{section}] is not a type of '{language}'");
                }

                continue;
            }

            var template = SentenceTemplate.Parse(text);
            var bad = template.PiiSlots.FirstOrDefault(s => !allowed.Contains(s, StringComparer.Ordinal));
            if (bad is not null)
            {
                throw new InvalidDataException($"{sourceName}:{lineNumber}: slot {{{bad}}} is not a type of '{language}'");
            }

            switch (section)
            {
                case null:
                    throw new InvalidDataException($"{sourceName}:{lineNumber}: template before the first [section]");
                case FillerSection when template.PiiSlots.Count > 0:
                    throw new InvalidDataException($"{sourceName}:{lineNumber}: filler sentences must not have PII slots");
                case FillerSection:
                    fillers.Add(template);
                    break;
                default:
                    if (!template.PiiSlots.Contains(section, StringComparer.Ordinal))
                    {
                        throw new InvalidDataException($"{sourceName}:{lineNumber}: a [{section}] template needs a {{{section}}} slot");
                    }

                    if (!byType.TryGetValue(section, out var list))
                    {
                        byType[section] = list = [];
                    }

                    list.Add(template);
                    break;
            }
        }

        foreach (var type in allowed)
        {
            var templates = byType.GetValueOrDefault(type) ?? [];
            if (templates.Count < MinimumPerType || !templates.Any(t => t.PiiSlots.Count == 1 && t.Role == TemplateRole.Body))
            {
                throw new InvalidDataException(
                    $"{sourceName}: [{type}] needs at least {MinimumPerType} templates, one of them a body sentence with a single slot");
            }
        }

        if (fillers.Count == 0)
        {
            throw new InvalidDataException($"{sourceName}: no [{FillerSection}] sentences");
        }

        return new TemplateSet(language, fillers, byType.ToDictionary(p => p.Key, p => (IReadOnlyList<SentenceTemplate>)p.Value, StringComparer.Ordinal));
    }
}
