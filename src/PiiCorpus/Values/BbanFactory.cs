using EntityGraph.PiiCorpus.Validation;

namespace EntityGraph.PiiCorpus.Values;

/// <summary>National bank account numbers (BBAN) in each country's layout, with the national check digits computed.</summary>
internal static class BbanFactory
{
    private static readonly string[] BritishBanks = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "HLFX", "SRLG", "BUKB"];
    private static readonly string[] FrenchBanks = ["30004", "30003", "20041", "10278", "30002", "11315", "16606", "10107"];
    private static readonly string[] SpanishBanks = ["0049", "0182", "2100", "0081", "0128", "2038", "0075", "3058"];
    private static readonly string[] DutchBanks = ["ABNA", "RABO", "INGB", "SNSB", "TRIO", "KNAB", "ASNB", "RBRB"];
    private static readonly string[] PortugueseBanks = ["0035", "0033", "0010", "0007", "0018", "0036", "0045"];
    private static readonly string[] ItalianBanks = ["03069", "02008", "05034", "01030", "03104", "05696", "03111"];
    private static readonly string[] PolishBanks = ["1020", "1140", "1050", "1240", "1090", "1160", "1750", "1320"];
    private static readonly string[] SwedishBanks = ["500", "600", "800", "300", "957", "965"];
    private static readonly int[] SpanishWeights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
    private static readonly int[] PolishSortWeights = [3, 9, 7, 1, 3, 9, 7];

    /// <summary>A BBAN for one of the countries in <see cref="Iban.Lengths"/>.</summary>
    public static string Create(Random random, string country) => country switch
    {
        "GB" => RandomText.Pick(random, BritishBanks) + RandomText.Digits(random, 6) + RandomText.Digits(random, 8),
        "DE" => RandomText.Number(random, 1, 8, 1) + RandomText.Digits(random, 7) + RandomText.Digits(random, 10),
        "FR" => French(random),
        "ES" => Spanish(random),
        "NL" => RandomText.Pick(random, DutchBanks) + RandomText.Digits(random, 10),
        "PT" => Portuguese(random),
        "IT" => Italian(random),
        "PL" => Polish(random),
        "SE" => RandomText.Pick(random, SwedishBanks) + RandomText.Digits(random, 17),
        _ => throw new ArgumentException($"no BBAN layout for '{country}'", nameof(country)),
    };

    private static string French(Random random)
    {
        var bank = RandomText.Pick(random, FrenchBanks);
        var branch = RandomText.Digits(random, 5);
        var account = RandomText.Digits(random, 11);
        var sum = 89 * long.Parse(bank, System.Globalization.CultureInfo.InvariantCulture)
            + 15 * long.Parse(branch, System.Globalization.CultureInfo.InvariantCulture)
            + 3 * long.Parse(account, System.Globalization.CultureInfo.InvariantCulture);
        var key = 97 - (int)(sum % 97);
        return bank + branch + account + key.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Spanish(Random random)
    {
        var bank = RandomText.Pick(random, SpanishBanks);
        var branch = RandomText.Digits(random, 4);
        var account = RandomText.Digits(random, 10);
        return bank + branch + SpanishControl("00" + bank + branch) + SpanishControl(account) + account;
    }

    private static string SpanishControl(string tenDigits)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += (tenDigits[i] - '0') * SpanishWeights[i];
        }

        var control = 11 - sum % 11;
        return control switch
        {
            11 => "0",
            10 => "1",
            _ => RandomText.Invariant(control),
        };
    }

    private static string Portuguese(Random random)
    {
        var body = RandomText.Pick(random, PortugueseBanks) + RandomText.Digits(random, 4) + RandomText.Digits(random, 11);
        var check = 98 - Iban.Mod97(body + "00");
        return body + check.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Italian(Random random)
    {
        var body = RandomText.Pick(random, ItalianBanks) + RandomText.Digits(random, 5) + RandomText.Digits(random, 12);
        return ItalianFiscalCode.OddEvenCheck(body) + body;
    }

    private static string Polish(Random random)
    {
        var sort = RandomText.Pick(random, PolishBanks) + RandomText.Digits(random, 3);
        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            sum += (sort[i] - '0') * PolishSortWeights[i];
        }

        return sort + RandomText.Invariant((10 - sum % 10) % 10) + RandomText.Digits(random, 16);
    }
}
