namespace EntityGraph.LanguageDetect.NGrams;

/// <summary>What a model is for. Values are stored in profile files.</summary>
internal enum ModelKind : byte
{
    /// <summary>Decides among all languages written in its scripts.</summary>
    Primary = 0,

    /// <summary>Re-decides among a few close languages once the primary model has picked one of them.</summary>
    Refinement = 1,
}
