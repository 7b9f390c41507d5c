namespace EntityGraph.Grains.Options;

/// <summary>Limits and tagging settings for document ingestion, bound from <c>EntityGraph:Ingest</c>.</summary>
public sealed class IngestOptions
{
    public const string SectionName = "EntityGraph:Ingest";

    /// <summary>Largest accepted text, in bytes of its UTF-8 encoding (default 1 MiB = 1,048,576 bytes).</summary>
    public int MaxTextBytes { get; set; } = 1_048_576;

    /// <summary>How many of the most salient entities become automatic tags.</summary>
    public int AutomaticTagCount { get; set; } = 5;

    /// <summary>Lowest salience score in [0,1] an entity needs to become an automatic tag.</summary>
    public double MinTagSalience { get; set; } = 0.35;

    /// <summary>
    /// Lowest detection confidence in [0,1] a detected language part needs to go to its language's model; parts below
    /// it (text in a language without a model, or too ambiguous to tell) go to the multilingual fallback.
    /// </summary>
    public double MinRoutingConfidence { get; set; } = 0.7;

    /// <summary>Longest wait for one language part's model (loading on first use counts); beyond it the answer is TIMEOUT.</summary>
    public TimeSpan ModelTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
