namespace EntityGraph.Storage.Sqlite;

/// <summary>Checks a <see cref="DocumentWrite"/> before anything is written; throws <see cref="GraphStoreException"/>.</summary>
internal static class DocumentWriteValidator
{
    public static void Validate(DocumentWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        RequireText(write.Id, "Id", GraphStoreErrorCodes.InvalidDocument, "document");
        var where = $"document '{write.Id}'";
        RequireText(write.ContentHash, "ContentHash", GraphStoreErrorCodes.InvalidDocument, where);
        RequireText(write.Language, "Language", GraphStoreErrorCodes.InvalidDocument, where);
        if (write.Text is null)
        {
            throw Fail(GraphStoreErrorCodes.InvalidDocument, $"{where} has no Text.");
        }

        if (!IsUnitInterval(write.LanguageConfidence))
        {
            throw Fail(GraphStoreErrorCodes.InvalidDocument, $"{where} has LanguageConfidence {write.LanguageConfidence}; it must be within [0,1].");
        }

        if (write.Entities is null || write.Mentions is null || write.AutomaticTags is null)
        {
            throw Fail(GraphStoreErrorCodes.InvalidDocument, $"{where} must carry Entities, Mentions and AutomaticTags lists (empty is fine).");
        }

        ValidateEntities(write.Entities, where);
        ValidateMentions(write, where);
        ValidateTags(write.AutomaticTags, where);
        ValidateLinking(write, where);
    }

    public static string ValidateTagName(string? tag)
    {
        var name = tag?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            throw Fail(GraphStoreErrorCodes.InvalidTag, "A tag name must not be empty.");
        }

        return name;
    }

    private static void ValidateEntities(IReadOnlyList<EntityWrite> entities, string where)
    {
        var seen = new Dictionary<string, EntityWrite>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            var entity = entities[i] ?? throw Fail(GraphStoreErrorCodes.InvalidEntity, $"{where}: entity #{i} is null.");
            var at = $"{where}, entity #{i}";
            RequireText(entity.Id, "Id", GraphStoreErrorCodes.InvalidEntity, at);
            RequireText(entity.Type, "Type", GraphStoreErrorCodes.InvalidEntity, at);
            RequireText(entity.CanonicalName, "CanonicalName", GraphStoreErrorCodes.InvalidEntity, at);
            RequireText(entity.NormalizedKey, "NormalizedKey", GraphStoreErrorCodes.InvalidEntity, at);
            if (seen.TryGetValue(entity.Id, out var earlier) && earlier != entity)
            {
                throw Fail(GraphStoreErrorCodes.InvalidEntity, $"{at}: entity '{entity.Id}' is listed twice with different data.");
            }

            seen[entity.Id] = entity;
        }
    }

    private static void ValidateMentions(DocumentWrite write, string where)
    {
        var spans = new HashSet<(string, int, int)>();
        for (var i = 0; i < write.Mentions.Count; i++)
        {
            var mention = write.Mentions[i] ?? throw Fail(GraphStoreErrorCodes.InvalidMention, $"{where}: mention #{i} is null.");
            var at = $"{where}, mention #{i}";
            RequireText(mention.EntityId, "EntityId", GraphStoreErrorCodes.InvalidMention, at);
            RequireText(mention.Type, "Type", GraphStoreErrorCodes.InvalidMention, at);
            RequireText(mention.Language, "Language", GraphStoreErrorCodes.InvalidMention, at);
            if (mention.ModelId is null)
            {
                throw Fail(GraphStoreErrorCodes.InvalidMention, $"{at} has no ModelId.");
            }

            if (mention.Start < 0 || mention.End <= mention.Start || mention.End > write.Text.Length)
            {
                throw Fail(
                    GraphStoreErrorCodes.InvalidMention,
                    $"{at} has span [{mention.Start},{mention.End}); it must satisfy 0 <= start < end <= {write.Text.Length} (the text length).");
            }

            if (!string.Equals(mention.Text, write.Text[mention.Start..mention.End], StringComparison.Ordinal))
            {
                throw Fail(GraphStoreErrorCodes.InvalidMention, $"{at} has Text '{mention.Text}', but the span [{mention.Start},{mention.End}) of the document holds '{write.Text[mention.Start..mention.End]}'.");
            }

            if (!IsUnitInterval(mention.Confidence))
            {
                throw Fail(GraphStoreErrorCodes.InvalidMention, $"{at} has Confidence {mention.Confidence}; it must be within [0,1].");
            }

            if (!spans.Add((mention.EntityId, mention.Start, mention.End)))
            {
                throw Fail(GraphStoreErrorCodes.DuplicateMention, $"{at} repeats entity '{mention.EntityId}' at [{mention.Start},{mention.End}).");
            }
        }
    }

    private static void ValidateTags(IReadOnlyList<TagRecord> tags, string where)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i] ?? throw Fail(GraphStoreErrorCodes.InvalidTag, $"{where}: tag #{i} is null.");
            var at = $"{where}, tag #{i}";
            if (string.IsNullOrWhiteSpace(tag.Name))
            {
                throw Fail(GraphStoreErrorCodes.InvalidTag, $"{at} has an empty name.");
            }

            if (tag.Manual)
            {
                throw Fail(GraphStoreErrorCodes.InvalidTag, $"{at} ('{tag.Name}') is marked manual; manual tags are set with SetTagAsync.");
            }

            if (!IsUnitInterval(tag.Score))
            {
                throw Fail(GraphStoreErrorCodes.InvalidTag, $"{at} ('{tag.Name}') has score {tag.Score}; it must be within [0,1].");
            }

            if (!names.Add(tag.Name.Trim()))
            {
                throw Fail(GraphStoreErrorCodes.InvalidTag, $"{at}: tag '{tag.Name}' is listed twice.");
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
                throw Fail(GraphStoreErrorCodes.InvalidEntity, $"{at} must have a type and key and name an entity of the write.");
            }
        }

        var salient = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (salience, i) in (write.Saliences ?? []).Select((salience, i) => (salience, i)))
        {
            var at = $"{where}, salience #{i}";
            if (salience is null || !mentioned.Contains(salience.EntityId ?? string.Empty) || !salient.Add(salience.EntityId!))
            {
                throw Fail(GraphStoreErrorCodes.InvalidEntity, $"{at} must name a mentioned entity, once.");
            }

            if (!IsUnitInterval(salience.Salience))
            {
                throw Fail(GraphStoreErrorCodes.InvalidEntity, $"{at} has salience {salience.Salience}; it must be within [0,1].");
            }
        }

        foreach (var (decision, i) in (write.LinkDecisions ?? []).Select((decision, i) => (decision, i)))
        {
            var at = $"{where}, link decision #{i}";
            if (decision is null || !linked.Contains(decision.EntityId ?? string.Empty) || string.IsNullOrWhiteSpace(decision.Kind) || decision.Surface is null || decision.Reason is null)
            {
                throw Fail(GraphStoreErrorCodes.InvalidEntity, $"{at} must name an entity of the write and have a kind, surface and reason.");
            }

            if (!IsUnitInterval(decision.Score))
            {
                throw Fail(GraphStoreErrorCodes.InvalidEntity, $"{at} has score {decision.Score}; it must be within [0,1].");
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
