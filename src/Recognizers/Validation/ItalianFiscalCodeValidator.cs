namespace EntityGraph.Recognizers.Validation;

/// <summary>
/// The Italian codice fiscale of a person: 16 characters (six letters, two digits, a month letter, two digits, a letter
/// and three digits for the place; digits may be replaced by letters for homonyms) and a control letter computed from the
/// odd and even positions.
/// </summary>
public sealed class ItalianFiscalCodeValidator : IIdentifierValidator
{
    private static readonly int[] OddValues = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

    public string Name => "it-codice-fiscale";

    public bool IsValid(string candidate)
    {
        if (Digits.Compact(candidate) is not { Length: 16 } code || !code[..6].All(char.IsAsciiLetterUpper) || !"ABCDEHLMPRST".Contains(code[8], StringComparison.Ordinal))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 15; i++)
        {
            var c = code[i];
            var index = char.IsAsciiDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? OddValues[index] : index;
        }

        return code[15] == (char)('A' + (sum % 26));
    }
}
