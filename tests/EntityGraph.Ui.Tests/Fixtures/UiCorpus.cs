namespace EntityGraph.Ui.Tests.Fixtures;

/// <summary>
/// Four short documents (German, mixed German/Japanese, Japanese, English). The mixed one starts with an emoji (two UTF-16
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

    /// <summary>"José" with U+0301 COMBINING ACUTE ACCENT, as it appears in <see cref="Mixed"/>.</summary>
    public const string DecomposedJoseMueller = "Jose\u0301 Müller";

    public static readonly CorpusDocument German = new(
        "doc-de",
        "de",
        "Neues Werk",
        "Siemens eröffnet ein neues Werk in München. Angela Merkel besuchte München im Mai.",
        [new(Siemens, "Siemens"), new(Munich, "München"), new(Merkel, "Angela Merkel"), new(Munich, "München", 2)]);

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

    public static IReadOnlyList<CorpusDocument> Documents { get; } = [German, Mixed, Japanese, English];

    public static int EntityCount => Documents.SelectMany(document => document.Write.Entities).Select(entity => entity.Id).Distinct().Count();
}
