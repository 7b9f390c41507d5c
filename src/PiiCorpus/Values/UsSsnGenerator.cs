namespace EntityGraph.PiiCorpus.Values;

/// <summary>US social security numbers AAA-GG-SSSS with a valid allocation (area 001–899 except 666, group 01–99, serial 0001–9999).</summary>
internal sealed class UsSsnGenerator : ValueGenerator
{
    public override string Type => PiiTypes.UsSsn;

    public override string Generate(ValueContext context)
    {
        var random = context.Random;
        int area;
        do
        {
            area = random.Next(1, 900);
        }
        while (area == 666);

        return $"{RandomText.Invariant(area).PadLeft(3, '0')}-{RandomText.Number(random, 1, 99, 2)}-{RandomText.Number(random, 1, 9999, 4)}";
    }
}
