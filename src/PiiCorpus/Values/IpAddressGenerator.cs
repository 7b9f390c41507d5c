using System.Globalization;
using System.Net;

namespace EntityGraph.PiiCorpus.Values;

/// <summary>IPv4 addresses (private and public ranges) and IPv6 addresses in full and compressed notation.</summary>
internal sealed class IpAddressGenerator : ValueGenerator
{
    private static readonly int[] PublicFirstOctets = [31, 46, 62, 77, 80, 81, 84, 85, 86, 89, 91, 93, 95, 151, 176, 185, 188, 193, 194, 212, 213, 217];
    private static readonly int[] PrivateThirdOctets = [0, 1, 2, 10, 100, 178];
    private static readonly ushort[][] V6Prefixes = [[0x2001, 0x0db8], [0x2a02, 0x0810], [0x2a01, 0x0598], [0x2001, 0x0470], [0x2a00, 0x1450], [0xfe80, 0x0000]];

    public override string Type => PiiTypes.IpAddress;

    public override string Generate(ValueContext context)
    {
        var random = context.Random;
        return random.Next(4) switch
        {
            0 or 1 => V4(random),
            2 => V6Full(V6Groups(random), random.Next(4) == 0),
            _ => new IPAddress(ToBytes(V6Groups(random))).ToString(),
        };
    }

    private static string V4(Random random)
    {
        var octets = random.Next(4) switch
        {
            0 => new[] { 192, 168, RandomText.Pick(random, PrivateThirdOctets), random.Next(2, 255) },
            1 => [10, random.Next(0, 256), random.Next(0, 256), random.Next(1, 255)],
            2 => [172, random.Next(16, 32), random.Next(0, 256), random.Next(1, 255)],
            _ => [RandomText.Pick(random, PublicFirstOctets), random.Next(0, 256), random.Next(0, 256), random.Next(1, 255)],
        };
        return string.Join('.', octets.Select(o => o.ToString(CultureInfo.InvariantCulture)));
    }

    private static ushort[] V6Groups(Random random)
    {
        var prefix = RandomText.Pick(random, V6Prefixes);
        var groups = new ushort[8];
        groups[0] = prefix[0];
        groups[1] = prefix[1];
        for (var i = 2; i < 8; i++)
        {
            groups[i] = (ushort)random.Next(0, 0x10000);
        }

        if (prefix[0] == 0xfe80)
        {
            // Link-local: fe80::/64 followed by the interface identifier.
            groups[2] = groups[3] = 0;
            return groups;
        }

        // A run of two to four zero groups, as most assigned addresses have one.
        var length = random.Next(2, 5);
        var start = random.Next(2, 8 - length);
        for (var i = start; i < start + length; i++)
        {
            groups[i] = 0;
        }

        if (random.Next(3) == 0)
        {
            groups[7] = (ushort)random.Next(1, 0x100);
        }

        return groups;
    }

    private static string V6Full(ushort[] groups, bool upper) =>
        string.Join(':', groups.Select(g => g.ToString(upper ? "X4" : "x4", CultureInfo.InvariantCulture)));

    private static byte[] ToBytes(ushort[] groups) => [.. groups.SelectMany(g => new[] { (byte)(g >> 8), (byte)(g & 0xff) })];
}
