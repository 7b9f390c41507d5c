namespace EntityGraph.Storage;

/// <summary>Kinds of the link decisions curation records.</summary>
public static class CurationKinds
{
    public const string Merge = "merge";
    public const string Split = "split";
    public const string Rename = "rename";
    public const string Alias = "alias-added";
    public const string Import = "import";
}
