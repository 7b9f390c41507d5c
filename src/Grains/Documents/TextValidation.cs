namespace EntityGraph.Grains.Documents;

/// <summary>
/// Finds characters that show a text was not decoded from valid UTF-8 or is binary: U+FFFD replacement
/// characters, NUL and other control characters (tab, line breaks and form feed are allowed), and unpaired surrogates.
/// </summary>
public static class TextValidation
{
    /// <summary>A description of the first invalid character, or null when the text is clean.</summary>
    public static string? FindProblem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\uFFFD')
            {
                return $"it contains the replacement character U+FFFD at offset {i} (the input was probably not UTF-8)";
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return $"it contains an unpaired surrogate at offset {i}";
            }

            if (char.IsLowSurrogate(c))
            {
                return $"it contains an unpaired surrogate at offset {i}";
            }

            if (char.IsControl(c) && !IsAllowedControl(c))
            {
                return $"it contains the control character U+{(int)c:X4} at offset {i} (binary data?)";
            }
        }

        return null;
    }

    private static bool IsAllowedControl(char c) => c is '\t' or '\n' or '\r' or '\f' or '\v' or '\u0085';
}
