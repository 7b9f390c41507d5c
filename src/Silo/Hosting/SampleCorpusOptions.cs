namespace EntityGraph.Silo.Hosting;

/// <summary>The sample corpus <c>serve</c> loads into an empty store, bound from <c>EntityGraph:Samples</c>.</summary>
public sealed class SampleCorpusOptions
{
    public const string SectionName = "EntityGraph:Samples";

    /// <summary>Whether serve ingests the samples when the store holds no documents.</summary>
    public bool LoadOnFirstStart { get; set; } = true;

    /// <summary>The JSONL file; a relative path is looked up in the working folder, then beside the executable.</summary>
    public string Path { get; set; } = "samples/documents.jsonl";
}
