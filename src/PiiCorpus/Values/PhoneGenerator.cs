using EntityGraph.PiiCorpus.Languages;
using PhoneNumbers;

namespace EntityGraph.PiiCorpus.Values;

/// <summary>
/// Phone numbers of the language's regions, drawn from typical area/mobile prefixes and re-drawn until libphonenumber
/// accepts them for the region; written in national format, international +CC format, E.164 or a common local variant.
/// </summary>
internal sealed class PhoneGenerator : ValueGenerator
{
    private const int MaxAttempts = 500;

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public override string Type => PiiTypes.Phone;

    public override string Generate(ValueContext context)
    {
        var random = context.Random;
        var region = RandomText.Pick(random, context.Profile.PhoneRegions);
        var number = Draw(random, region);
        var national = Util.Format(number, PhoneNumberFormat.NATIONAL);
        var international = Util.Format(number, PhoneNumberFormat.INTERNATIONAL);
        var style = random.Next(20);
        return style switch
        {
            < 9 => national,
            < 15 => international,
            < 17 => Util.Format(number, PhoneNumberFormat.E164),
            _ => LocalVariant(region.Region, number, national, international),
        };
    }

    /// <summary>Whether libphonenumber accepts the text as a number of <paramref name="region"/>.</summary>
    public static bool IsValidFor(string text, string region)
    {
        try
        {
            var number = Util.Parse(text, region);
            return Util.IsValidNumberForRegion(number, region);
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    private static PhoneNumber Draw(Random random, PhoneRegion region)
    {
        var countryCode = Util.GetCountryCodeForRegion(region.Region);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var pattern = RandomText.Pick(random, region.Patterns);
            var nsn = pattern.Prefix + RandomText.Digits(random, pattern.Length - pattern.Prefix.Length);
            var number = Util.Parse($"+{countryCode}{nsn}", "ZZ");
            if (Util.IsValidNumberForRegion(number, region.Region))
            {
                return number;
            }
        }

        throw new InvalidOperationException($"no valid phone number drawn for region {region.Region}");
    }

    private static string LocalVariant(string region, PhoneNumber number, string national, string international)
    {
        var digits = Util.GetNationalSignificantNumber(number);
        return region switch
        {
            "US" => $"{digits[..3]}-{digits[3..6]}-{digits[6..]}",
            "FR" => national.Replace(' ', '.'),
            "DE" => ReplaceFirst(national, " ", "/"),
            "BR" => international,
            _ => "00" + international[1..],
        };
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var index = text.IndexOf(find, StringComparison.Ordinal);
        return index < 0 ? text : string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + find.Length));
    }
}
