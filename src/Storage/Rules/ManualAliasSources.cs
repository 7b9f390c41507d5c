namespace EntityGraph.Storage;

/// <summary>Where a manual alias came from (the source column of manual_aliases).</summary>
public static class ManualAliasSources
{
    public const string Curation = "curation";
    public const string Import = "import";
    public const string Merge = "merge";

    /// <summary>The language code of names whose language is not known (BCP 47 "und").</summary>
    public const string UndeterminedLanguage = "und";
}
