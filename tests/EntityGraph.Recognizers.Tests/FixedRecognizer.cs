using EntityGraph.Recognizers.Pipeline;

namespace EntityGraph.Recognizers.Tests;

/// <summary>A recognizer that always answers the same detections: for testing profiles and policies.</summary>
internal sealed class FixedRecognizer(string name, params Detection[] detections) : RuleRecognizer
{
    public override string Name => name;

    public override IReadOnlyCollection<string> Types => detections.Select(d => d.Type).Distinct().ToArray();

    public override IReadOnlyList<Detection> Recognize(string text, string language) => detections;
}
