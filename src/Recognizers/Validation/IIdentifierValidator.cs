namespace EntityGraph.Recognizers.Validation;

/// <summary>
/// Checks an identifier's own redundancy (check digits, lengths, letter tables) so that a pattern match can be trusted:
/// a card number must pass Luhn, an IBAN mod 97. <see cref="IsValid"/> takes the matched text as found; separators the
/// format allows (spaces, hyphens, dots) are ignored.
/// </summary>
public interface IIdentifierValidator
{
    /// <summary>The name configuration refers to, e.g. <c>luhn</c> or <c>iban</c>.</summary>
    string Name { get; }

    bool IsValid(string candidate);
}
