namespace EntityGraph.Grains.Placement;

/// <summary>
/// Thrown by placement when no live silo hosts a language. Deliberately not an Orleans exception, so placement does not
/// retry it; the extraction grain turns it into <see cref="ErrorCodes.ModelUnavailable"/>.
/// </summary>
[GenerateSerializer]
[Alias("EntityGraph.ModelUnavailablePlacementException")]
public sealed class ModelUnavailablePlacementException : Exception
{
    public ModelUnavailablePlacementException()
    {
    }

    public ModelUnavailablePlacementException(string message)
        : base(message)
    {
    }

    public ModelUnavailablePlacementException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
