using BenchmarkDotNet.Attributes;
using EntityGraph.Linking.Normalization;

namespace EntityGraph.Benchmarks.Micro;

/// <summary>Folding entity names into linking keys (case, marks, honorifics, legal forms, possessives, inflection variants).</summary>
[MemoryDiagnoser]
public class LinkingKeyBenchmarks
{
    private static readonly (string Type, string Name)[] Names =
    [
        ("PER", "Dr. Angela Merkel"), ("ORG", "Siemens AG"), ("ORG", "Deutsche Bank's"), ("LOC", "Frankfurt am Main"),
        ("PER", "Emmanuel Macron"), ("ORG", "International Monetary Fund"), ("LOC", "São Paulo"), ("PER", "Владимира Путина"),
        ("ORG", "ООО «Газпром нефть»"), ("LOC", "Zürich"), ("PER", "Mr. José Ramón García-López"), ("ORG", "Banco Solara S.A."),
        ("LOC", "北京"), ("PER", "安倍晋三"), ("ORG", "Atlas Logistics Inc."), ("MISC", "the European Union's"),
    ];

    [Benchmark]
    public int Normalize()
    {
        var length = 0;
        foreach (var (type, name) in Names)
        {
            length += EntityKeyNormalizer.Normalize(type, name).Length;
        }

        return length;
    }

    [Benchmark]
    public int NormalizeVariants()
    {
        var count = 0;
        foreach (var (type, name) in Names)
        {
            count += EntityKeyNormalizer.NormalizeVariants(type, name).Count;
        }

        return count;
    }
}
