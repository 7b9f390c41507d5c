using System.Data.Common;

namespace EntityGraph.Storage.Relational.Curation;

/// <summary>Renames an entity inside a caller's transaction; the new name's key is registered for it when no entity holds it.</summary>
internal static class EntityRenamer
{
    public static async Task<CurationResult> RenameAsync(DbConnection connection, DbTransaction transaction, EntityRename rename, long now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rename);
        var entity = await CurationRows.RequireEntityAsync(connection, transaction, rename.EntityId, cancellationToken).ConfigureAwait(false);
        var name = CurationRules.Require(rename.CanonicalName, "The new name");
        var key = CurationRules.Require(rename.NormalizedKey, "The new name's normalized key");
        await CurationRows.ExecuteAsync(connection, transaction, "UPDATE entities SET canonical_name = @name WHERE id = @id;", new Dictionary<string, object> { ["@id"] = entity.Id, ["@name"] = name }, cancellationToken).ConfigureAwait(false);
        await NameTerms.ReplaceCanonicalAsync(connection, transaction, entity.Id, name, cancellationToken).ConfigureAwait(false);
        await NameTerms.KeepFormerNameAsync(connection, transaction, entity.Id, entity.CanonicalName, ManualAliasSources.Curation, now, cancellationToken).ConfigureAwait(false);
        var keys = await KeyRegistry.TryRegisterAsync(connection, transaction, entity.Type, key, entity.Id, cancellationToken).ConfigureAwait(false)
            ? new[] { new EntityKeyRecord(entity.Type, key, entity.Id) }
            : [];
        var reason = rename.Reason?.Trim() is { Length: > 0 } why ? why : $"renamed from '{entity.CanonicalName}' by curation";
        await LinkRows.InsertDecisionsAsync(connection, transaction, null, [new LinkDecisionWrite(entity.Id, name, CurationKinds.Rename, 1.0, reason)], rename.Actor, now, cancellationToken).ConfigureAwait(false);
        var renamed = await CurationRows.FindEntityAsync(connection, transaction, entity.Id, cancellationToken).ConfigureAwait(false);
        return new CurationResult(renamed!, null, [], keys);
    }
}
