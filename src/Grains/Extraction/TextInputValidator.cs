using EntityGraph.Storage;
using System.Text;
using EntityGraph.Grains.Documents;
using EntityGraph.Grains.Options;

namespace EntityGraph.Grains.Extraction;

/// <summary>The checks every text goes through before extraction: not empty, within the size limit, valid text.</summary>
internal static class TextInputValidator
{
    public static string ValidateText(string? text, IngestOptions options)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new EntityGraphException(ErrorCodes.EmptyText, "The text is empty.");
        }

        if (text.Length > options.MaxTextBytes || Encoding.UTF8.GetByteCount(text) > options.MaxTextBytes)
        {
            throw new EntityGraphException(
                ErrorCodes.TextTooLarge,
                $"The text is larger than the limit of {options.MaxTextBytes} bytes (UTF-8).");
        }

        if (TextValidation.FindProblem(text) is { } problem)
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, $"The text is not valid UTF-8 text: {problem}.");
        }

        return text;
    }

    public static string? ValidateLanguage(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        return LanguageCodes.TryNormalize(language, out var normalized)
            ? normalized
            : throw new EntityGraphException(ErrorCodes.InvalidInput, $"'{language}' is not a language code (expected ISO 639, e.g. 'en', 'de', 'zh-Hans').");
    }
}
