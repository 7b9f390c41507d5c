namespace EntityGraph.Storage;

/// <summary>Checks a <see cref="DocumentWrite"/> before anything is written; throws <see cref="GraphStoreException"/>.</summary>
public static class DocumentWriteValidator
{
    public static void Validate(DocumentWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        RequireText(write.Id, "Id", ErrorCodes.InvalidDocument, "document");
        var where = $"document '{write.Id}'";
        if (write.Id.Length > StorageLimits.MaxIdLength)
        {
            throw Fail(ErrorCodes.InvalidDocument, $"{where}: the id is {write.Id.Length} characters long; the limit is {StorageLimits.MaxIdLength}.");
        }

        if (write.Title is { Length: > StorageLimits.MaxTitleLength })
        {
            throw Fail(ErrorCodes.InvalidDocument, $"{where}: the title is {write.Title.Length} characters long; the limit is {StorageLimits.MaxTitleLength}.");
        }

        if (write.AutomaticTags is { Count: > StorageLimits.MaxAutomaticTags })
        {
            throw Fail(ErrorCodes.InvalidTag, $"{where} has {write.AutomaticTags.Count} automatic tags; the limit is {StorageLimits.MaxAutomaticTags}.");
        }
        RequireText(write.ContentHash, "ContentHash", ErrorCodes.InvalidDocument, where);
        RequireText(write.Language, "Language", ErrorCodes.InvalidDocument, where);
        if (write.Text is null)
        {
            throw Fail(ErrorCodes.InvalidDocument, $"{where} has no Text.");
        }

        if (!IsUnitInterval(write.LanguageConfidence))
        {
            throw Fail(ErrorCodes.InvalidDocument, $"{where} has LanguageConfidence {write.LanguageConfidence}; it must be within [0,1].");
        }

        if (write.Entities is null || write.Mentions is null || write.AutomaticTags is null)
        {
            throw Fail(ErrorCodes.InvalidDocument, $"{where} must carry Entities, Mentions and AutomaticTags lists (empty is fine).");
        }

        ValidateEntities(write.Entities, where);
        ValidateMentions(write, where);
        ValidateRejected(write, where);
        DomainRules.Validate(write.Domain, where);
        if (write.Origin is { } origin && OriginRules.FindProblem(origin) is { } originProblem)
        {
            throw Fail(ErrorCodes.InvalidDocument, $"{where}: {originProblem}.");
        }

        ValidateTags(write.AutomaticTags, where);
        ManualTagNames(write.ManualTags ?? [], where);
        ValidateLinking(write, where);
    }

    /// <summary>The trimmed tag name; INVALID_TAG when it is blank or longer than <see cref="StorageLimits.MaxTagLength"/>.</summary>
    public static string ValidateTagName(string? tag)
    {
        var name = tag?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            throw Fail(ErrorCodes.InvalidTag, "A tag name must not be empty.");
        }

        if (name.Length > StorageLimits.MaxTagLength)
        {
            throw Fail(ErrorCodes.InvalidTag, $"A tag name must be at most {StorageLimits.MaxTagLength} characters (was {name.Length}).");
        }

        return name;
    }

    /// <summary>The change with trimmed, distinct (case-insensitively) names; INVALID_TAG for a bad name or too many tags.</summary>
    public static TagChange ValidateTagChange(TagChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        QueryArguments.RequireId(change.DocumentId, "The document id");
        var add = ManualTagNames(change.Add ?? [], $"the tag change of document '{change.DocumentId}'");
        var remove = (change.Remove ?? []).Select(ValidateTagName).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return change with { Add = add, Remove = remove.Where(tag => !add.Contains(tag, StringComparer.OrdinalIgnoreCase)).ToList() };
    }

    private static List<string> ManualTagNames(IReadOnlyList<string> tags, string where)
    {
        var names = tags.Select(ValidateTagName).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count > StorageLimits.MaxManualTags)
        {
            throw Fail(ErrorCodes.InvalidTag, $"{where} has {names.Count} manual tags; the limit is {StorageLimits.MaxManualTags}.");
        }

        return names;
    }

    private static void ValidateEntities(IReadOnlyList<EntityWrite> entities, string where)
    {
        var seen = new Dictionary<string, EntityWrite>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            var entity = entities[i] ?? throw Fail(ErrorCodes.InvalidEntity, $"{where}: entity #{i} is null.");
            var at = $"{where}, entity #{i}";
            RequireText(entity.Id, "Id", ErrorCodes.InvalidEntity, at);
            RequireText(entity.Type, "Type", ErrorCodes.InvalidEntity, at);
            RequireText(entity.CanonicalName, "CanonicalName", ErrorCodes.InvalidEntity, at);
            RequireText(entity.NormalizedKey, "NormalizedKey", ErrorCodes.InvalidEntity, at);
            if (seen.TryGetValue(entity.Id, out var earlier) && earlier != entity)
            {
                throw Fail(ErrorCodes.InvalidEntity, $"{at}: entity '{entity.Id}' is listed twice with different data.");
            }

            seen[entity.Id] = entity;
        }
    }

    private static void ValidateMentions(DocumentWrite write, string where)
    {
        var spans = new HashSet<(string, int, int)>();
        for (var i = 0; i < write.Mentions.Count; i++)
        {
            var mention = write.Mentions[i] ?? throw Fail(ErrorCodes.InvalidMention, $"{where}: mention #{i} is null.");
            var at = $"{where}, mention #{i}";
            RequireText(mention.EntityId, "EntityId", ErrorCodes.InvalidMention, at);
            RequireText(mention.Type, "Type", ErrorCodes.InvalidMention, at);
            RequireText(mention.Language, "Language", ErrorCodes.InvalidMention, at);
            if (mention.ModelId is null)
            {
                throw Fail(ErrorCodes.InvalidMention, $"{at} has no ModelId.");
            }

            if (mention.Start < 0 || mention.End <= mention.Start || mention.End > write.Text.Length)
            {
                throw Fail(
                    ErrorCodes.InvalidMention,
                    $"{at} has span [{mention.Start},{mention.End}); it must satisfy 0 <= start < end <= {write.Text.Length} (the text length).");
            }

            if (!string.Equals(mention.Text, write.Text[mention.Start..mention.End], StringComparison.Ordinal))
            {
                throw Fail(ErrorCodes.InvalidMention, $"{at} has Text '{mention.Text}', but the span [{mention.Start},{mention.End}) of the document holds '{write.Text[mention.Start..mention.End]}'.");
            }

            if (!IsUnitInterval(mention.Confidence))
            {
                throw Fail(ErrorCodes.InvalidMention, $"{at} has Confidence {mention.Confidence}; it must be within [0,1].");
            }

            if (mention.Status is not (MentionStatus.Accepted or MentionStatus.InReview or MentionStatus.Corrected or MentionStatus.Added))
            {
                throw Fail(ErrorCodes.InvalidMention, $"{at} has status '{mention.Status}'; a linked mention is ACCEPTED, IN_REVIEW, CORRECTED or ADDED (rejected ones go in Rejected).");
            }

            if (mention.AcceptThreshold is { } threshold && !IsUnitInterval(threshold))
            {
                throw Fail(ErrorCodes.InvalidMention, $"{at} has AcceptThreshold {threshold}; it must be within [0,1].");
            }

            if (!spans.Add((mention.EntityId, mention.Start, mention.End)))
            {
                throw Fail(ErrorCodes.DuplicateMention, $"{at} repeats entity '{mention.EntityId}' at [{mention.Start},{mention.End}).");
            }
        }
    }

    private static void ValidateRejected(DocumentWrite write, string where)
    {
        var spans = new HashSet<(string, int, int)>();
        var rejected = write.Rejected ?? [];
        for (var i = 0; i < rejected.Count; i++)
        {
            var mention = rejected[i] ?? throw Fail(ErrorCodes.InvalidMention, $"{where}: rejected mention #{i} is null.");
            var at = $"{where}, rejected mention #{i}";
            RequireText(mention.Type, "Type", ErrorCodes.InvalidMention, at);
            RequireText(mention.Language, "Language", ErrorCodes.InvalidMention, at);
            if (mention.ModelId is null)
            {
                throw Fail(ErrorCodes.InvalidMention, $"{at} has no ModelId.");
            }

            if (mention.Start < 0 || mention.End <= mention.Start || mention.End > write.Text.Length)
            {
                throw Fail(ErrorCodes.InvalidMention, $"{at} has span [{mention.Start},{mention.End}); it must satisfy 0 <= start < end <= {write.Text.Length} (the text length).");
            }

            if (!string.Equals(mention.Text, write.Text[mention.Start..mention.End], StringComparison.Ordinal))
            {
                throw Fail(ErrorCodes.InvalidMention, $"{at} has Text '{mention.Text}', but the span [{mention.Start},{mention.End}) of the document holds '{write.Text[mention.Start..mention.End]}'.");
            }

            if (!IsUnitInterval(mention.Confidence) || (mention.AcceptThreshold is { } threshold && !IsUnitInterval(threshold)))
            {
                throw Fail(ErrorCodes.InvalidMention, $"{at} has Confidence {mention.Confidence} or AcceptThreshold {mention.AcceptThreshold}; both must be within [0,1].");
            }

            if (!spans.Add((mention.Type, mention.Start, mention.End)))
            {
                throw Fail(ErrorCodes.DuplicateMention, $"{at} repeats type '{mention.Type}' at [{mention.Start},{mention.End}).");
            }
        }
    }

    private static void ValidateTags(IReadOnlyList<TagRecord> tags, string where)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i] ?? throw Fail(ErrorCodes.InvalidTag, $"{where}: tag #{i} is null.");
            var at = $"{where}, tag #{i}";
            if (string.IsNullOrWhiteSpace(tag.Name) || tag.Name.Trim().Length > StorageLimits.MaxTagLength)
            {
                throw Fail(ErrorCodes.InvalidTag, $"{at} must have a name of 1 to {StorageLimits.MaxTagLength} characters.");
            }

            if (tag.Manual)
            {
                throw Fail(ErrorCodes.InvalidTag, $"{at} ('{tag.Name}') is marked manual; manual tags go in ManualTags.");
            }

            if (!IsUnitInterval(tag.Score))
            {
                throw Fail(ErrorCodes.InvalidTag, $"{at} ('{tag.Name}') has score {tag.Score}; it must be within [0,1].");
            }

            if (!names.Add(tag.Name.Trim()))
            {
                throw Fail(ErrorCodes.InvalidTag, $"{at}: tag '{tag.Name}' is listed twice.");
            }
        }
    }

    private static void ValidateLinking(DocumentWrite write, string where)
    {
        var linked = write.Entities.Select(e => e.Id).Concat(write.Mentions.Select(m => m.EntityId)).ToHashSet(StringComparer.Ordinal);
        var mentioned = write.Mentions.Select(m => m.EntityId).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, i) in (write.Keys ?? []).Select((key, i) => (key, i)))
        {
            var at = $"{where}, key #{i}";
            if (key is null || string.IsNullOrWhiteSpace(key.Type) || string.IsNullOrWhiteSpace(key.NormalizedKey) || !linked.Contains(key.EntityId ?? string.Empty))
            {
                throw Fail(ErrorCodes.InvalidEntity, $"{at} must have a type and key and name an entity of the write.");
            }
        }

        var salient = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (salience, i) in (write.Saliences ?? []).Select((salience, i) => (salience, i)))
        {
            var at = $"{where}, salience #{i}";
            if (salience is null || !mentioned.Contains(salience.EntityId ?? string.Empty) || !salient.Add(salience.EntityId!))
            {
                throw Fail(ErrorCodes.InvalidEntity, $"{at} must name a mentioned entity, once.");
            }

            if (!IsUnitInterval(salience.Salience))
            {
                throw Fail(ErrorCodes.InvalidEntity, $"{at} has salience {salience.Salience}; it must be within [0,1].");
            }
        }

        foreach (var (decision, i) in (write.LinkDecisions ?? []).Select((decision, i) => (decision, i)))
        {
            var at = $"{where}, link decision #{i}";
            if (decision is null || !linked.Contains(decision.EntityId ?? string.Empty) || string.IsNullOrWhiteSpace(decision.Kind) || decision.Surface is null || decision.Reason is null)
            {
                throw Fail(ErrorCodes.InvalidEntity, $"{at} must name an entity of the write and have a kind, surface and reason.");
            }

            if (!IsUnitInterval(decision.Score))
            {
                throw Fail(ErrorCodes.InvalidEntity, $"{at} has score {decision.Score}; it must be within [0,1].");
            }
        }
    }

    private static void RequireText(string? value, string field, string code, string where)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Fail(code, $"{where}: {field} must not be empty.");
        }
    }

    private static bool IsUnitInterval(double value) => value is >= 0 and <= 1;

    private static GraphStoreException Fail(string code, string message) => new(code, message);
}
