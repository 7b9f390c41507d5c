using System.Data.Common;

namespace EntityGraph.Storage.Relational.Curation;

/// <summary>Adds a manual alias inside a caller's transaction; its key links to the entity, and may not belong to another one.</summary>
internal static class AliasAdder
{
    public static async Task<CurationResult> AddAsync(DbConnection connection, DbTransaction transaction, AliasAddition alias, long now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alias);
        var entity = await CurationRows.RequireEntityAsync(connection, transaction, alias.EntityId, cancellationToken).ConfigureAwait(false);
        var name = CurationRules.Require(alias.Name, "The alias");
        var language = CurationRules.Require(alias.Language, "The alias language", StorageLimits.MaxLanguageLength);
        var key = CurationRules.Require(alias.NormalizedKey, "The alias's normalized key");
        var holder = await KeyRegistry.HolderAsync(connection, transaction, entity.Type, key, cancellationToken).ConfigureAwait(false);
        if (holder is not null && holder != entity.Id)
        {
            throw new GraphStoreException(
                ErrorCodes.KeyConflict,
                $"The name '{name}' (key {entity.Type}|{key}) already links to entity '{holder}'; merge that entity into '{entity.Id}' instead.");
        }

        await NameTerms.AddManualAliasAsync(connection, transaction, entity.Id, name, language, ManualAliasSources.Curation, now, cancellationToken).ConfigureAwait(false);
        var keys = holder is null && await KeyRegistry.TryRegisterAsync(connection, transaction, entity.Type, key, entity.Id, cancellationToken).ConfigureAwait(false)
            ? new[] { new EntityKeyRecord(entity.Type, key, entity.Id) }
            : [];
        var reason = alias.Reason?.Trim() is { Length: > 0 } why ? why : $"alias '{name}' ({language}) added by curation";
        await LinkRows.InsertDecisionsAsync(connection, transaction, null, [new LinkDecisionWrite(entity.Id, name, CurationKinds.Alias, 1.0, reason)], alias.Actor, now, cancellationToken).ConfigureAwait(false);
        return new CurationResult(entity, null, [], keys);
    }
}
