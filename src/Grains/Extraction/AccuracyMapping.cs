using EntityGraph.Ner;

namespace EntityGraph.Grains.Extraction;

internal static class AccuracyMapping
{
    public static NerAccuracy ToNer(this ExtractionAccuracy accuracy) => accuracy == ExtractionAccuracy.Fast ? NerAccuracy.Fast : NerAccuracy.Best;
}
