namespace EntityGraph.Recognizers.Pipeline;

/// <summary>Names of recognizers that live outside this project but that built-in profiles list.</summary>
public static class RecognizerNames
{
    /// <summary>The NER model routing chose for the request (<see cref="RecognitionRequest.ModelId"/>).</summary>
    public const string Model = "model";
}
