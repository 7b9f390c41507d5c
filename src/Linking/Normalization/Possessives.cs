namespace EntityGraph.Linking.Normalization;

/// <summary>Removes a trailing possessive ("Apple's", "Apple’s", "Reynolds'") from a surface form.</summary>
internal static class Possessives
{
    public static string Strip(string surface)
    {
        if (surface.Length > 2 && surface[^1] is 's' or 'S' && IsApostrophe(surface[^2]) && char.IsLetterOrDigit(surface[^3]))
        {
            return surface[..^2];
        }

        if (surface.Length > 2 && IsApostrophe(surface[^1]) && surface[^2] is 's' or 'S' && char.IsLetter(surface[^3]))
        {
            return surface[..^1];
        }

        return surface;
    }

    public static bool HasPossessive(string surface) => !ReferenceEquals(Strip(surface), surface);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
