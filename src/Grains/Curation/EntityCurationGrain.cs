using EntityGraph.Grains.Entities;
using EntityGraph.Linking.KnownNames;
using EntityGraph.Storage;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace EntityGraph.Grains.Curation;

/// <summary>
/// Curation through the store, one transaction per operation, with names keyed by <see cref="EntityNameKeys"/> (the same
/// keys document linking uses). Afterwards the <see cref="IEntityGrain"/> of every key that changed hands forgets its
/// cached link. Store rejections become <see cref="EntityGraphException"/>s with the store's code.
/// </summary>
[StatelessWorker]
public sealed class EntityCurationGrain(IGraphStore store, EntityNameKeys keys, ILogger<EntityCurationGrain> logger) : Grain, IEntityCurationGrain
{
    private const string UndeterminedLanguage = "und";

    public Task<CurationOutcome> MergeAsync(string targetId, IReadOnlyList<string> sourceIds, string? reason = null, string? actor = null, CancellationToken cancellationToken = default) =>
        RunAsync("merge", () => store.MergeEntitiesAsync(new EntityMerge(targetId, sourceIds ?? [], reason, actor), cancellationToken), cancellationToken);

    public async Task<CurationOutcome> SplitAsync(string entityId, IReadOnlyList<long> mentionIds, string? canonicalName = null, string? reason = null, string? actor = null, CancellationToken cancellationToken = default)
    {
        var original = await RequireAsync(entityId, cancellationToken);
        var name = string.IsNullOrWhiteSpace(canonicalName) ? original.CanonicalName : canonicalName.Trim();
        var key = KeyOf(original.Type, name);
        var ids = mentionIds ?? [];
        var newId = EntityIds.Create(original.Type, $"{key}#split:{original.Id}:{string.Join(',', ids.Order())}");
        return await RunAsync("split", () => store.SplitEntityAsync(new EntitySplit(original.Id, ids, newId, name, key, reason, actor), cancellationToken), cancellationToken);
    }

    public async Task<CurationOutcome> RenameAsync(string entityId, string canonicalName, string? reason = null, string? actor = null, CancellationToken cancellationToken = default)
    {
        var entity = await RequireAsync(entityId, cancellationToken);
        var name = canonicalName?.Trim() ?? string.Empty;
        return await RunAsync("rename", () => store.RenameEntityAsync(new EntityRename(entity.Id, name, KeyOf(entity.Type, name), reason, actor), cancellationToken), cancellationToken);
    }

    public async Task<CurationOutcome> AddAliasAsync(string entityId, string name, string? language = null, string? reason = null, string? actor = null, CancellationToken cancellationToken = default)
    {
        var entity = await RequireAsync(entityId, cancellationToken);
        var alias = name?.Trim() ?? string.Empty;
        var code = string.IsNullOrWhiteSpace(language) ? UndeterminedLanguage : language.Trim();
        return await RunAsync("addAlias", () => store.AddAliasAsync(new AliasAddition(entity.Id, alias, code, KeyOf(entity.Type, alias), reason, actor), cancellationToken), cancellationToken);
    }

    public async Task<AliasImportSummary> ImportAliasesAsync(IReadOnlyList<AliasInput> rows, string? actor = null, CancellationToken cancellationToken = default)
    {
        var writes = (rows ?? [])
            .Select(row => row is null
                ? null!
                : new AliasImportRow(
                    row.EntityId?.Trim() ?? string.Empty,
                    row.Type?.Trim().ToUpperInvariant() ?? string.Empty,
                    row.Name?.Trim() ?? string.Empty,
                    string.IsNullOrWhiteSpace(row.Language) ? UndeterminedLanguage : row.Language.Trim(),
                    KeyOf(row.Type?.Trim().ToUpperInvariant() ?? string.Empty, row.Name ?? string.Empty)))
            .ToList();
        try
        {
            var result = await store.ImportAliasesAsync(writes, actor, cancellationToken);
            await ForgetAsync(result.AffectedKeys, cancellationToken);
            CurationLog.Imported(logger, result.Rows, result.EntitiesCreated, result.AliasesAdded, result.KeysLinked, result.MergedEntityIds.Count);
            return new AliasImportSummary(result.Rows, result.EntitiesCreated, result.AliasesAdded, result.KeysLinked, result.MergedEntityIds);
        }
        catch (GraphStoreException rejected) when (rejected.IsInvalidInput)
        {
            throw new EntityGraphException(rejected.Code, rejected.Message);
        }
    }

    private string KeyOf(string type, string name) => type.Length == 0 ? string.Empty : keys.For(type, name).Key;

    private async Task<EntityRecord> RequireAsync(string entityId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(entityId))
        {
            throw new EntityGraphException(ErrorCodes.InvalidCuration, "The entity id must not be empty.");
        }

        var found = await store.GetEntitiesAsync([entityId.Trim()], cancellationToken);
        return found.TryGetValue(entityId.Trim(), out var entity)
            ? entity
            : throw new EntityGraphException(ErrorCodes.NotFound, $"No entity with id '{entityId}'.");
    }

    private async Task<CurationOutcome> RunAsync(string operation, Func<Task<CurationResult>> work, CancellationToken cancellationToken)
    {
        try
        {
            var result = await work();
            await ForgetAsync(result.AffectedKeys, cancellationToken);
            CurationLog.Curated(logger, operation, result.Entity.Id, result.AffectedKeys.Count);
            return new CurationOutcome(result.Entity.Id, result.Other?.Id, result.RemovedEntityIds);
        }
        catch (GraphStoreException rejected) when (rejected.IsInvalidInput)
        {
            CurationLog.Rejected(logger, operation, rejected.Code, rejected.Message);
            throw new EntityGraphException(rejected.Code, rejected.Message);
        }
    }

    private Task ForgetAsync(IReadOnlyList<EntityKeyRecord> affected, CancellationToken cancellationToken) =>
        Task.WhenAll(affected
            .DistinctBy(key => (key.Type, key.NormalizedKey))
            .Select(key => GrainFactory.GetGrain<IEntityGrain>(EntityKeys.For(key.Type, key.NormalizedKey)).ForgetAsync(cancellationToken)));
}
