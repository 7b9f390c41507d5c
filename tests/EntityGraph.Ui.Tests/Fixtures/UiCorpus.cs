namespace EntityGraph.Ui.Tests.Fixtures;

/// <summary>
/// Five short documents (German, mixed German/Japanese, Japanese, English, and one of markup that must stay text). The mixed one starts with an emoji (two UTF-16
/// units), holds CJK and writes "José" with a combining accent, so highlights are only right if offsets are UTF-16 exact.
/// </summary>
public static class UiCorpus
{
    public static readonly CorpusEntity Munich = new("loc-munich", "LOC", "München", "munchen");
    public static readonly CorpusEntity Berlin = new("loc-berlin", "LOC", "Berlin", "berlin");
    public static readonly CorpusEntity Tokyo = new("loc-tokyo", "LOC", "東京", "東京");
    public static readonly CorpusEntity Zurich = new("loc-zurich", "LOC", "Zürich", "zurich");
    public static readonly CorpusEntity Siemens = new("org-siemens", "ORG", "Siemens", "siemens");
    public static readonly CorpusEntity Toyota = new("org-toyota", "ORG", "Toyota", "toyota");
    public static readonly CorpusEntity Merkel = new("per-merkel", "PER", "Angela Merkel", "angela merkel");
    public static readonly CorpusEntity Mueller = new("per-mueller", "PER", "José Müller", "jose muller");

    /// <summary>An entity whose name is markup that would run script if a page put it into HTML.</summary>
    public static readonly CorpusEntity Hostile = new("misc-hostile", "MISC", "<img src=x onerror=\"window.__xss='name'\">", "img src x onerror");

    /// <summary>"José" with U+0301 COMBINING ACUTE ACCENT, as it appears in <see cref="Mixed"/>.</summary>
    public const string DecomposedJoseMueller = "Jose\u0301 Müller";

    public static readonly CorpusDocument German = new(
        "doc-de",
        "de",
        "Neues Werk",
        "Siemens eröffnet ein neues Werk in München. Angela Merkel besuchte München im Mai.",
        [new(Siemens, "Siemens"), new(Munich, "München"), new(Merkel, "Angela Merkel"), new(Munich, "München", 2)],
        ["industry", "bavaria"]);

    public static readonly CorpusDocument Mixed = new(
        "doc-mixed",
        "de",
        "東京 und Zürich",
        $"🚀 Toyota zeigt in 東京 ein Auto; {DecomposedJoseMueller} aus Zürich war dabei.",
        [new(Toyota, "Toyota"), new(Tokyo, "東京"), new(Mueller, DecomposedJoseMueller), new(Zurich, "Zürich")]);

    public static readonly CorpusDocument Japanese = new(
        "doc-ja",
        "ja",
        "新車",
        "東京でトヨタが新車を発表した。",
        [new(Tokyo, "東京"), new(Toyota, "トヨタ")]);

    public static readonly CorpusDocument English = new(
        "doc-en",
        "en",
        "Cities",
        "Berlin is far from Munich.",
        [new(Berlin, "Berlin"), new(Munich, "Munich")]);

    /// <summary>A document whose title and text hold a script element and an image with an onerror handler.</summary>
    public static readonly CorpusDocument Script = new(
        "doc-xss",
        "en",
        "<script>window.__xss='title'</script>",
        $"Berlin saw <script>window.__xss='text';alert(1)</script> and {Hostile.CanonicalName} today.",
        [new(Berlin, "Berlin"), new(Hostile, Hostile.CanonicalName)]);

    public static IReadOnlyList<CorpusDocument> Documents { get; } = [German, Mixed, Japanese, English, Script];

    public static int EntityCount => Documents.SelectMany(document => document.Write.Entities).Select(entity => entity.Id).Distinct().Count();
}
