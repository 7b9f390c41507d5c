namespace EntityGraph.Recognizers.Validation;

/// <summary>
/// The UK National Insurance number (no check digit): two prefix letters (not D, F, I, Q, U or V; the second not O; not
/// BG, GB, NK, KN, TN, NT or ZZ), six digits and a suffix A, B, C or D.
/// </summary>
public sealed class UkNinoValidator : IIdentifierValidator
{
    private static readonly HashSet<string> Unallocated = ["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"];

    public string Name => "uk-nino";

    public bool IsValid(string candidate) =>
        Digits.Compact(candidate) is { Length: 9 } value
        && char.IsAsciiLetterUpper(value[0]) && !"DFIQUV".Contains(value[0], StringComparison.Ordinal)
        && char.IsAsciiLetterUpper(value[1]) && !"DFIOQUV".Contains(value[1], StringComparison.Ordinal)
        && !Unallocated.Contains(value[..2])
        && Digits.AllDigits(value[2..8])
        && value[8] is 'A' or 'B' or 'C' or 'D';
}
