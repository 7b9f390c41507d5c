using System.Globalization;
using EntityGraph.PiiCorpus.Validation;

namespace EntityGraph.PiiCorpus.Values;

/// <summary>
/// Italian codici fiscali derived from an Italian name: 3 surname letters, 3 given-name letters, year, month letter,
/// day (+40 for women), the Belfiore code of the birthplace and the check letter from the odd/even tables.
/// </summary>
internal sealed class FiscalCodeGenerator : ChecksumValueGenerator
{
    private static readonly string[] BelfioreCodes =
        ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "L736", "D969", "A662", "C351", "L424", "B354", "G224", "L781", "E506"];

    public override string Type => PiiTypes.ItFiscalCode;

    protected override string CreateValid(ValueContext context)
    {
        var random = context.Random;
        var person = context.Persons.PickBuiltIn(random);
        var birth = RandomText.Date(random, new DateOnly(1940, 1, 1), new DateOnly(2005, 12, 31));
        var day = birth.Day + (person.Female ? 40 : 0);
        var first15 = SurnameCode(person.Last) + GivenNameCode(person.First)
            + (birth.Year % 100).ToString("D2", CultureInfo.InvariantCulture)
            + ItalianFiscalCode.MonthLetters[birth.Month - 1]
            + day.ToString("D2", CultureInfo.InvariantCulture)
            + RandomText.Pick(random, BelfioreCodes);
        return first15 + ItalianFiscalCode.ComputeCheckCharacter(first15);
    }

    protected override string Corrupt(Random random, string value) =>
        RandomText.ReplaceWithOther(random, value, value.Length - 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>Surname consonants, then vowels, then X, first three.</summary>
    internal static string SurnameCode(string surname)
    {
        var (consonants, vowels) = Split(surname);
        return (consonants + vowels + "XXX")[..3];
    }

    /// <summary>Given-name consonants 1, 3 and 4 when there are four or more, else as for surnames.</summary>
    internal static string GivenNameCode(string name)
    {
        var (consonants, vowels) = Split(name);
        return consonants.Length >= 4
            ? string.Concat(consonants[0], consonants[2], consonants[3])
            : (consonants + vowels + "XXX")[..3];
    }

    private static (string Consonants, string Vowels) Split(string name)
    {
        var letters = AsciiFolding.Fold(name, "it").ToUpperInvariant().Where(char.IsAsciiLetter).ToArray();
        return (new string([.. letters.Where(c => !"AEIOU".Contains(c, StringComparison.Ordinal))]),
            new string([.. letters.Where(c => "AEIOU".Contains(c, StringComparison.Ordinal))]));
    }
}
