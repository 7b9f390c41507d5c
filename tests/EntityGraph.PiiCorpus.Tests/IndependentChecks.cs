using System.Globalization;
using System.Net;
using System.Numerics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace EntityGraph.PiiCorpus.Tests;

/// <summary>
/// Checks of every PII type written independently of the library's validators (different algorithms where possible:
/// BigInteger arithmetic, the Verhoeff group computed from the dihedral-group rules instead of tables, regular expressions
/// for the written formats).
/// </summary>
internal static partial class IndependentChecks
{
    private static readonly Dictionary<string, int> IbanLengths = new()
    {
        ["GB"] = 22, ["DE"] = 22, ["FR"] = 27, ["ES"] = 24, ["NL"] = 18, ["PT"] = 25, ["IT"] = 27, ["PL"] = 28, ["SE"] = 24,
    };

    private static readonly Dictionary<string, string[]> PhoneRegions = new()
    {
        ["en"] = ["US", "GB"], ["de"] = ["DE"], ["fr"] = ["FR"], ["es"] = ["ES"], ["nl"] = ["NL"], ["pt"] = ["PT", "BR"],
        ["it"] = ["IT"], ["pl"] = ["PL"], ["sv"] = ["SE"],
    };

    /// <summary>Whether a gold value of <paramref name="type"/> in <paramref name="language"/> is valid and well written.</summary>
    public static bool IsValid(string type, string value, string language) => type switch
    {
        PiiTypes.Email => EmailPattern().IsMatch(value),
        PiiTypes.Phone => IsPhone(value, language),
        PiiTypes.Iban => IbanLayout().IsMatch(value) && IsIban(value),
        PiiTypes.CreditCard => CardLayout().IsMatch(value) && IsCard(value),
        PiiTypes.IpAddress => IsIp(value),
        PiiTypes.MacAddress => MacPattern().IsMatch(value),
        PiiTypes.Url => IsUrl(value),
        PiiTypes.Crypto => IsBitcoin(value),
        PiiTypes.DateTime => YearPattern().IsMatch(value),
        PiiTypes.Person => PersonPattern().IsMatch(value),
        PiiTypes.UsSsn => IsSsn(value),
        PiiTypes.UkNino => IsNino(value),
        PiiTypes.UkNhs => NhsLayout().IsMatch(value) && IsNhs(value),
        PiiTypes.InAadhaar => AadhaarLayout().IsMatch(value) && IsVerhoeff(Compact(value)),
        PiiTypes.DeTaxId => TaxIdLayout().IsMatch(value) && IsSteuerId(Compact(value)),
        PiiTypes.FrNir => NirLayout().IsMatch(value) && IsNir(Compact(value)),
        PiiTypes.EsNif => NifLayout().IsMatch(value) && IsNif(value.Replace("-", string.Empty, StringComparison.Ordinal)),
        PiiTypes.ItFiscalCode => FiscalCodeLayout().IsMatch(value) && IsFiscalCode(value),
        PiiTypes.NlBsn => BsnLayout().IsMatch(value) && IsBsn(value.Replace(".", string.Empty, StringComparison.Ordinal)),
        PiiTypes.PlPesel => PeselLayout().IsMatch(value) && IsPesel(value),
        PiiTypes.SePersonnummer => PersonnummerLayout().IsMatch(value) && IsPersonnummer(value),
        _ => throw new ArgumentException(type),
    };

    /// <summary>Whether a value of a checksum-validated type is in its written layout (used for decoys).</summary>
    public static bool HasLayout(string type, string value) => type switch
    {
        PiiTypes.Iban => IbanLayout().IsMatch(value),
        PiiTypes.CreditCard => CardLayout().IsMatch(value),
        PiiTypes.Crypto => CryptoLayout().IsMatch(value),
        PiiTypes.UkNhs => NhsLayout().IsMatch(value),
        PiiTypes.InAadhaar => AadhaarLayout().IsMatch(value),
        PiiTypes.DeTaxId => TaxIdLayout().IsMatch(value),
        PiiTypes.FrNir => NirLayout().IsMatch(value),
        PiiTypes.EsNif => NifLayout().IsMatch(value),
        PiiTypes.ItFiscalCode => FiscalCodeLayout().IsMatch(value),
        PiiTypes.NlBsn => BsnLayout().IsMatch(value),
        PiiTypes.PlPesel => PeselLayout().IsMatch(value),
        PiiTypes.SePersonnummer => PersonnummerLayout().IsMatch(value),
        _ => throw new ArgumentException(type),
    };

    public static string Compact(string value) => new([.. value.Where(c => c is not (' ' or '-' or '.'))]);

    public static bool IsIban(string value)
    {
        var iban = Compact(value);
        if (!IbanLengths.TryGetValue(iban[..2], out var length) || iban.Length != length)
        {
            return false;
        }

        var rearranged = iban[4..] + iban[..4];
        var digits = string.Concat(rearranged.Select(c => char.IsAsciiLetter(c) ? (c - 'A' + 10).ToString(CultureInfo.InvariantCulture) : c.ToString()));
        return BigInteger.Parse(digits, CultureInfo.InvariantCulture) % 97 == 1;
    }

    public static bool IsCard(string value)
    {
        var digits = Compact(value);
        var total = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            total += i % 2 == 1 ? (d * 2) / 10 + (d * 2) % 10 : d;
        }

        var networkOk = digits.Length switch
        {
            15 => digits.StartsWith("34", StringComparison.Ordinal) || digits.StartsWith("37", StringComparison.Ordinal),
            16 => digits[0] == '4'
                || int.Parse(digits[..2], CultureInfo.InvariantCulture) is >= 51 and <= 55
                || int.Parse(digits[..4], CultureInfo.InvariantCulture) is >= 2221 and <= 2720
                || digits.StartsWith("6011", StringComparison.Ordinal) || digits.StartsWith("65", StringComparison.Ordinal),
            _ => false,
        };
        return networkOk && total % 10 == 0;
    }

    public static bool IsBitcoin(string value)
    {
        if (value.StartsWith("bc1q", StringComparison.Ordinal))
        {
            return value.Length == 42 && IsBech32(value);
        }

        const string alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        BigInteger number = 0;
        foreach (var c in value)
        {
            var index = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (index < 0)
            {
                return false;
            }

            number = number * 58 + index;
        }

        var bytes = number.ToByteArray(isUnsigned: true, isBigEndian: true);
        var leadingOnes = value.TakeWhile(c => c == '1').Count();
        var full = new byte[leadingOnes].Concat(bytes).ToArray();
        if (full.Length != 25)
        {
            return false;
        }

        var hash = SHA256.HashData(SHA256.HashData(full.AsSpan(0, 21)));
        var versionOk = value[0] == '1' ? full[0] == 0 : value[0] == '3' && full[0] == 5;
        return versionOk && hash.AsSpan(0, 4).SequenceEqual(full.AsSpan(21, 4));
    }

    public static bool IsBech32(string value)
    {
        const string charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
        var separator = value.LastIndexOf('1');
        var hrp = value[..separator];
        var values = new List<int>();
        values.AddRange(hrp.Select(c => c >> 5));
        values.Add(0);
        values.AddRange(hrp.Select(c => c & 31));
        foreach (var c in value[(separator + 1)..])
        {
            var index = charset.IndexOf(c, StringComparison.Ordinal);
            if (index < 0)
            {
                return false;
            }

            values.Add(index);
        }

        uint[] generator = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
        uint chk = 1;
        foreach (var v in values)
        {
            var b = chk >> 25;
            chk = (chk & 0x1ffffff) << 5 ^ (uint)v;
            for (var i = 0; i < 5; i++)
            {
                chk ^= ((b >> i) & 1) == 1 ? generator[i] : 0;
            }
        }

        return hrp == "bc" && chk == 1;
    }

    public static bool IsNhs(string value)
    {
        var d = Compact(value).Select(c => c - '0').ToArray();
        var remainder = Enumerable.Range(0, 9).Sum(i => d[i] * (10 - i)) % 11;
        var check = remainder == 0 ? 0 : 11 - remainder;
        return check != 10 && check == d[9];
    }

    /// <summary>Verhoeff validation with the dihedral group D5 computed from its rules rather than a table.</summary>
    public static bool IsVerhoeff(string digits)
    {
        static int Multiply(int j, int k) => (j < 5, k < 5) switch
        {
            (true, true) => (j + k) % 5,
            (true, false) => 5 + (j + k - 5) % 5,
            (false, true) => 5 + ((j - 5 - k) % 5 + 5) % 5,
            (false, false) => ((j - k) % 5 + 5) % 5,
        };

        int[] step = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];
        var c = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            for (var n = 0; n < i % 8; n++)
            {
                digit = step[digit];
            }

            c = Multiply(c, digit);
        }

        return digits[0] >= '2' && c == 0;
    }

    public static bool IsSteuerId(string digits)
    {
        if (digits.Length != 11 || digits[0] == '0')
        {
            return false;
        }

        var counts = digits[..10].GroupBy(c => c).Select(g => g.Count()).ToList();
        if (counts.Count(n => n >= 2) != 1 || counts.Max() > 3 || Regex.IsMatch(digits[..10], @"(\d)\1\1"))
        {
            return false;
        }

        var product = 10;
        foreach (var c in digits[..10])
        {
            var sum = (c - '0' + product) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }

        return (11 - product) % 10 == digits[10] - '0';
    }

    public static bool IsNir(string digits)
    {
        var number = long.Parse(digits[..13], CultureInfo.InvariantCulture);
        return digits[0] is '1' or '2' && 97 - number % 97 == long.Parse(digits[13..], CultureInfo.InvariantCulture);
    }

    public static bool IsNif(string value)
    {
        var number = value[0] switch
        {
            'X' => "0" + value[1..8],
            'Y' => "1" + value[1..8],
            'Z' => "2" + value[1..8],
            _ => value[..8],
        };
        return "TRWAGMYFPDXBNJZSQVHLCKE"[int.Parse(number, CultureInfo.InvariantCulture) % 23] == value[8];
    }

    public static bool IsFiscalCode(string value)
    {
        // Odd-position values of 0-9 and A-Z as published by the Agenzia delle Entrate.
        var odd = new Dictionary<char, int>();
        const string oddValues = "1,0,5,7,9,13,15,17,19,21";
        var digitValues = oddValues.Split(',').Select(int.Parse).ToArray();
        int[] letterValues = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
        for (var i = 0; i < 10; i++)
        {
            odd[(char)('0' + i)] = digitValues[i];
        }

        for (var i = 0; i < 26; i++)
        {
            odd[(char)('A' + i)] = letterValues[i];
        }

        static int Even(char c) => char.IsAsciiDigit(c) ? c - '0' : c - 'A';
        var total = 0;
        for (var position = 1; position <= 15; position++)
        {
            var c = value[position - 1];
            total += position % 2 == 1 ? odd[c] : Even(c);
        }

        var day = int.Parse(value.Substring(9, 2), CultureInfo.InvariantCulture);
        return (char)('A' + total % 26) == value[15] && (day is >= 1 and <= 31 || day is >= 41 and <= 71);
    }

    public static bool IsBsn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (digits[i] - '0');
        }

        return digits[0] != '0' && (sum - (digits[8] - '0')) % 11 == 0;
    }

    public static bool IsPesel(string digits)
    {
        int[] weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
        var sum = weights.Select((w, i) => w * (digits[i] - '0')).Sum();
        var encodedMonth = int.Parse(digits.Substring(2, 2), CultureInfo.InvariantCulture);
        var year = int.Parse(digits[..2], CultureInfo.InvariantCulture) + (encodedMonth > 80 ? 1800 : encodedMonth > 20 ? 2000 : 1900);
        var month = encodedMonth % 20;
        var day = int.Parse(digits.Substring(4, 2), CultureInfo.InvariantCulture);
        var dateOk = month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        return dateOk && (10 - sum % 10) % 10 == digits[10] - '0';
    }

    public static bool IsPersonnummer(string value)
    {
        var ten = value.Replace("-", string.Empty, StringComparison.Ordinal);
        ten = ten.Length == 12 ? ten[2..] : ten;
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var product = (ten[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }

        return sum % 10 == 0 && DateTime.TryParseExact(ten[..6], "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }

    public static bool IsSsn(string value)
    {
        var match = SsnPattern().Match(value);
        if (!match.Success)
        {
            return false;
        }

        var area = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return area != 0 && area != 666 && area < 900 && match.Groups[2].Value != "00" && match.Groups[3].Value != "0000";
    }

    public static bool IsNino(string value)
    {
        var match = NinoPattern().Match(value);
        if (!match.Success)
        {
            return false;
        }

        var prefix = match.Groups[1].Value;
        string[] banned = ["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"];
        return !"DFIQUV".Contains(prefix[0]) && !"DFIOQUV".Contains(prefix[1]) && !banned.Contains(prefix);
    }

    public static bool IsPhone(string value, string language)
    {
        var util = PhoneNumberUtil.GetInstance();
        foreach (var region in PhoneRegions[language])
        {
            try
            {
                if (util.IsValidNumberForRegion(util.Parse(value, region), region))
                {
                    return true;
                }
            }
            catch (NumberParseException)
            {
            }
        }

        return false;
    }

    public static bool IsIp(string value)
    {
        if (!IPAddress.TryParse(value, out var address))
        {
            return false;
        }

        return address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
            ? value.Split('.').Length == 4
            : value.Contains(':', StringComparison.Ordinal);
    }

    public static bool IsUrl(string value)
    {
        var absolute = value.StartsWith("www.", StringComparison.Ordinal) ? "https://" + value : value;
        return (value.StartsWith("https://", StringComparison.Ordinal) || value.StartsWith("http://", StringComparison.Ordinal) || value.StartsWith("www.", StringComparison.Ordinal))
            && Uri.TryCreate(absolute, UriKind.Absolute, out var uri) && uri.Host.Contains('.', StringComparison.Ordinal) && uri.AbsolutePath.Length > 1;
    }

    [GeneratedRegex(@"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[A-Z]{2}\d{2}( [A-Z0-9]{4})*( [A-Z0-9]{1,4})?$|^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$")]
    private static partial Regex IbanLayout();

    [GeneratedRegex(@"^(\d{4}([ -]?)\d{4}\2\d{4}\2\d{4}|3[47]\d{2}([ -]?)\d{6}\3\d{5})$")]
    private static partial Regex CardLayout();

    [GeneratedRegex(@"^([0-9A-F]{2}:){5}[0-9A-F]{2}$|^([0-9a-f]{2}:){5}[0-9a-f]{2}$|^([0-9A-F]{2}-){5}[0-9A-F]{2}$|^([0-9a-f]{2}-){5}[0-9a-f]{2}$")]
    private static partial Regex MacPattern();

    [GeneratedRegex(@"^(1|3)[1-9A-HJ-NP-Za-km-z]{25,34}$|^bc1q[02-9ac-hj-np-z]{38}$")]
    private static partial Regex CryptoLayout();

    [GeneratedRegex(@"20(1[5-9]|2[0-6])")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^[\p{L}'’.-]+( [\p{L}'’.-]+){1,3}$")]
    private static partial Regex PersonPattern();

    [GeneratedRegex(@"^(\d{3})-(\d{2})-(\d{4})$")]
    private static partial Regex SsnPattern();

    [GeneratedRegex(@"^([A-Z]{2})(?: \d{2} \d{2} \d{2} |\d{6})[A-D]$")]
    private static partial Regex NinoPattern();

    [GeneratedRegex(@"^\d{3} \d{3} \d{4}$")]
    private static partial Regex NhsLayout();

    [GeneratedRegex(@"^[2-9]\d{3} \d{4} \d{4}$")]
    private static partial Regex AadhaarLayout();

    [GeneratedRegex(@"^[1-9]\d{10}$|^[1-9]\d \d{3} \d{3} \d{3}$")]
    private static partial Regex TaxIdLayout();

    [GeneratedRegex(@"^[12] \d{2} \d{2} \d{2} \d{3} \d{3} \d{2}$|^[12]\d{14}$")]
    private static partial Regex NirLayout();

    [GeneratedRegex(@"^(\d{8}|[XYZ]\d{7})-?[A-Z]$")]
    private static partial Regex NifLayout();

    [GeneratedRegex(@"^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$")]
    private static partial Regex FiscalCodeLayout();

    [GeneratedRegex(@"^[1-9]\d{8}$|^[1-9]\d{3}\.\d{2}\.\d{3}$")]
    private static partial Regex BsnLayout();

    [GeneratedRegex(@"^\d{11}$")]
    private static partial Regex PeselLayout();

    [GeneratedRegex(@"^(19|20)?\d{6}-\d{4}$")]
    private static partial Regex PersonnummerLayout();
}
