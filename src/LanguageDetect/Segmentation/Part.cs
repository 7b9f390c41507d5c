using EntityGraph.LanguageDetect.Detection;

namespace EntityGraph.LanguageDetect.Segmentation;

/// <summary>A working piece of a text during segmentation: a range, its analysis and the language it is assigned.</summary>
internal sealed class Part(int start, int end, DetectionResult result, bool reliable)
{
    public int Start { get; set; } = start;

    public int End { get; set; } = end;

    public DetectionResult Result { get; } = result;

    public bool Reliable { get; set; } = reliable;

    public string Language { get; } = result.Language;
}
