using System.Globalization;

namespace EntityGraph.PiiCorpus.Values;

/// <summary>Unicast MAC addresses written with colons or dashes, upper or lower case.</summary>
internal sealed class MacAddressGenerator : ValueGenerator
{
    public override string Type => PiiTypes.MacAddress;

    public override string Generate(ValueContext context)
    {
        var random = context.Random;
        var bytes = new byte[6];
        random.NextBytes(bytes);
        bytes[0] &= 0xFC;
        var upper = random.Next(3) != 0;
        var separator = random.Next(3) == 0 ? '-' : ':';
        return string.Join(separator, bytes.Select(b => b.ToString(upper ? "X2" : "x2", CultureInfo.InvariantCulture)));
    }
}
