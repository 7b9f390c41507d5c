using System.Text.RegularExpressions;
using EntityGraph.Recognizers.Matching;

namespace EntityGraph.Recognizers.Pii;

/// <summary>The candidate patterns of the PII recognizers; validators decide which candidates are real.</summary>
internal static partial class PiiRegexes
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex Iban();

    [GeneratedRegex(@"(?<![0-9])[0-9]{4}(?<s>[ -]?)[0-9]{4}\k<s>[0-9]{4}\k<s>[0-9]{4}(?:\k<s>[0-9]{1,3})?(?![0-9])", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex CardInFours();

    [GeneratedRegex(@"(?<![0-9])[0-9]{4}(?<s>[ -]?)[0-9]{6}\k<s>[0-9]{4,5}(?![0-9])", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex CardFourSixFive();

    [GeneratedRegex(@"(?<![0-9])[0-9]{12,19}(?![0-9])", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex CardUnbroken();

    [GeneratedRegex(@"(?<![0-9.])(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?![0-9]|\.[0-9])", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex IpV4();

    [GeneratedRegex(@"(?<![0-9A-Za-z:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:[0-9]{1,3}\.){3}[0-9]{1,3}|[0-9A-Fa-f]{1,4})?(?![0-9A-Za-z:])", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex IpV6();

    [GeneratedRegex(@"(?<![0-9A-Fa-f:-])[0-9A-Fa-f]{2}(?<s>[:-])(?:[0-9A-Fa-f]{2}\k<s>){4}[0-9A-Fa-f]{2}(?![0-9A-Fa-f:-])", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex MacColonsOrDashes();

    [GeneratedRegex(@"(?<![0-9A-Fa-f.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![0-9A-Fa-f.])", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex MacDotted();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![A-Za-z0-9])", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex BitcoinBase58();

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:bc1[02-9ac-hj-np-z]{8,87}|BC1[02-9AC-HJ-NP-Z]{8,87})(?![A-Za-z0-9])", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex BitcoinBech32();

    [GeneratedRegex(@"(?<![0-9-])[0-9]{3}-[0-9]{2}-[0-9]{4}(?![0-9-])", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex SsnDashed();

    [GeneratedRegex(@"(?<![0-9-])[0-9]{3} [0-9]{2} [0-9]{4}(?![0-9-])|(?<![0-9-])[0-9]{9}(?![0-9-])", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex SsnOther();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-Da-d](?![A-Za-z0-9])", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex Nino();

    [GeneratedRegex(@"(?<![0-9][ -]?)[0-9]{3}(?<s>[ -]?)[0-9]{3}\k<s>[0-9]{4}(?![ -]?[0-9])", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex NhsNumber();

    [GeneratedRegex(@"(?<![0-9][ -]?)[2-9][0-9]{3}(?<s>[ -]?)[0-9]{4}\k<s>[0-9]{4}(?![ -]?[0-9])", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex Aadhaar();

    [GeneratedRegex(@"(?<![0-9][ -]?)[1-9][0-9](?<s> ?)[0-9]{3}\k<s>[0-9]{3}\k<s>[0-9]{3}(?![ -]?[0-9])", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex GermanTaxId();

    [GeneratedRegex(@"(?<![0-9A-Za-z])[12](?<s> ?)[0-9]{2}\k<s>[0-9]{2}\k<s>(?:[0-9]{2}|2[ABab])\k<s>[0-9]{3}\k<s>[0-9]{3}\k<s>[0-9]{2}(?![0-9A-Za-z])", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex FrenchNir();

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:[0-9]{8}|[XYZxyz][ -]?[0-9]{7})[ -]?[A-Za-z](?![A-Za-z0-9])", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex SpanishNif();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-EHLMPR-Ta-ehlmpr-t][0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z](?![A-Za-z0-9])", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex ItalianFiscalCode();

    [GeneratedRegex(@"(?<![0-9.])(?:[0-9]{4}\.[0-9]{2}\.[0-9]{3}|[0-9]{3}\.[0-9]{3}\.[0-9]{3}|[0-9]{9})(?![0-9]|\.[0-9])", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex DutchBsn();

    [GeneratedRegex(@"(?<![0-9])[0-9]{11}(?![0-9])", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex Pesel();

    [GeneratedRegex(@"(?<![0-9-])(?:19|20)?[0-9]{6}[-+]?[0-9]{4}(?![0-9-])", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex Personnummer();

    [GeneratedRegex(@"(?<![0-9+.,]|[0-9][ -])[0-9]{3} [0-9]{3} [0-9]{3}(?![0-9]|[.,][0-9]|[ -][0-9])", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex PhoneThreeByThree();

    [GeneratedRegex(@"\G(?:,? ?(?:at|um|à|a las|às|alle|om|o|kl\.?|T)? ?)(?:[01]?[0-9]|2[0-3])[:.h][0-5][0-9](?::[0-5][0-9])?(?: ?[AaPp]\.?[Mm]\.?| Uhr)?(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex TimeAfterDate();
}
