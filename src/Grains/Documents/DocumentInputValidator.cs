using EntityGraph.Storage;
using EntityGraph.Grains.Extraction;
using EntityGraph.Grains.Options;

namespace EntityGraph.Grains.Documents;

/// <summary>Checks a document input before anything is extracted or written; every failure is an <see cref="EntityGraphException"/>.</summary>
internal static class DocumentInputValidator
{
    public static ValidatedDocument Validate(string grainId, DocumentInput? input, IngestOptions options)
    {
        if (input is null)
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, "The document input is missing.");
        }

        var id = ValidateId(grainId, input.Id, options);
        var text = TextInputValidator.ValidateText(input.Text, options);
        var language = TextInputValidator.ValidateLanguage(input.Language);
        var title = ValidateTitle(input.Title, options);
        var source = string.IsNullOrWhiteSpace(input.Source) ? null : input.Source.Trim();
        if (source is not null && TextValidation.FindProblem(source) is { } sourceProblem)
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, $"The source of document '{id}' is not valid text: {sourceProblem}.");
        }

        var tags = ValidateTags(id, input.Tags, options);
        if (!Enum.IsDefined(input.Accuracy))
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, $"Unknown accuracy '{input.Accuracy}'.");
        }

        var mentions = ValidateMentions(id, text, language, input.Mentions, options);
        var domain = string.IsNullOrWhiteSpace(input.Domain) ? null : input.Domain.Trim();
        if (domain is not null && !DomainRules.IsValid(domain))
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, $"Document '{id}': {DomainRules.Describe(domain)}");
        }

        var origin = ValidateOrigin(id, input.Origin);
        return new ValidatedDocument(id, text, language, title, source, tags, input.Accuracy, mentions, domain, origin);
    }

    private static DocumentOrigin? ValidateOrigin(string id, DocumentOriginInput? input)
    {
        if (input is null)
        {
            return null;
        }

        var origin = new DocumentOrigin(
            input.Path,
            input.Format,
            input.Part,
            input.ParentId,
            (input.Metadata ?? new Dictionary<string, string>()).ToDictionary(StringComparer.Ordinal));
        return OriginRules.FindProblem(origin) is { } problem
            ? throw new EntityGraphException(ErrorCodes.InvalidInput, $"Document '{id}': {problem}.")
            : origin;
    }

    private static IReadOnlyList<MentionInput>? ValidateMentions(string id, string text, string? language, IReadOnlyList<MentionInput>? mentions, IngestOptions options)
    {
        if (mentions is null)
        {
            return null;
        }

        if (language is null)
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, $"Document '{id}' has annotated mentions but no language; annotated documents must say their language.");
        }

        if (mentions.Count > StorageLimits.MaxAnnotatedMentions)
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, $"Document '{id}' has {mentions.Count} annotated mentions; the limit is {StorageLimits.MaxAnnotatedMentions}.");
        }

        var seen = new HashSet<(int, int, string)>();
        var result = new List<MentionInput>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i] ?? throw new EntityGraphException(ErrorCodes.InvalidInput, $"Document '{id}': annotated mention #{i} is missing.");
            var at = $"Document '{id}': annotated mention #{i}";
            if (mention.Start < 0 || mention.End <= mention.Start || mention.End > text.Length)
            {
                throw new EntityGraphException(ErrorCodes.InvalidInput, $"{at} has span [{mention.Start},{mention.End}); it must satisfy 0 <= start < end <= {text.Length} (the text length in UTF-16 code units).");
            }

            var type = mention.Type?.Trim();
            if (string.IsNullOrEmpty(type) || type.Length > StorageLimits.MaxTypeLength || type.Contains('|', StringComparison.Ordinal))
            {
                throw new EntityGraphException(ErrorCodes.InvalidInput, $"{at} needs a type of 1 to {StorageLimits.MaxTypeLength} characters without '|'.");
            }

            if (double.IsNaN(mention.Confidence) || mention.Confidence is < 0 or > 1)
            {
                throw new EntityGraphException(ErrorCodes.InvalidInput, $"{at} has confidence {mention.Confidence}; it must be within [0,1].");
            }

            if (!seen.Add((mention.Start, mention.End, type)))
            {
                throw new EntityGraphException(ErrorCodes.InvalidInput, $"{at} repeats the span [{mention.Start},{mention.End}) with type {type}.");
            }

            result.Add(mention with { Type = type });
        }

        return result.OrderBy(m => m.Start).ThenBy(m => m.End).ToList();
    }

    private static string ValidateId(string grainId, string? id, IngestOptions options)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, "The document id is empty.");
        }

        if (!string.Equals(id, grainId, StringComparison.Ordinal))
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, $"The document id '{id}' does not match the grain it was sent to ('{grainId}').");
        }

        if (id.Length > StorageLimits.MaxIdLength)
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, $"The document id is {id.Length} characters long; the limit is {StorageLimits.MaxIdLength}.");
        }

        if (id.Trim().Length != id.Length || TextValidation.FindProblem(id) is not null || id.Any(char.IsControl))
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, "The document id has leading or trailing whitespace or invalid characters.");
        }

        return id;
    }

    private static string? ValidateTitle(string? title, IngestOptions options)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var trimmed = title.Trim();
        if (trimmed.Length > StorageLimits.MaxTitleLength)
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, $"The title is {trimmed.Length} characters long; the limit is {StorageLimits.MaxTitleLength}.");
        }

        if (TextValidation.FindProblem(trimmed) is { } problem)
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, $"The title is not valid UTF-8 text: {problem}.");
        }

        return trimmed;
    }

    private static IReadOnlyList<string> ValidateTags(string id, IReadOnlyList<string>? tags, IngestOptions options)
    {
        if (tags is null || tags.Count == 0)
        {
            return [];
        }

        if (tags.Count > StorageLimits.MaxManualTags)
        {
            throw new EntityGraphException(ErrorCodes.InvalidInput, $"Document '{id}' has {tags.Count} tags; the limit is {StorageLimits.MaxManualTags}.");
        }

        var result = new List<string>(tags.Count);
        foreach (var tag in tags)
        {
            if (string.IsNullOrWhiteSpace(tag) || TextValidation.FindProblem(tag) is not null || tag.Trim().Length > StorageLimits.MaxTagLength)
            {
                throw new EntityGraphException(ErrorCodes.InvalidInput, $"Document '{id}' has an empty or invalid tag.");
            }

            var trimmed = tag.Trim();
            if (!result.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
            {
                result.Add(trimmed);
            }
        }

        return result;
    }
}
