namespace EntityGraph.LanguageDetect.Profiles;

/// <summary>How a stored model's body is laid out. Values are stored in profile files.</summary>
internal enum ModelFormat : byte
{
    /// <summary>Naive Bayes style n-gram table (<see cref="NGrams.NGramModel"/>).</summary>
    NGramTable = 0,

    /// <summary>Hashed linear model (<see cref="Linear.HashedLinearModel"/>).</summary>
    HashedLinear = 1,
}
