using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace EntityGraph.Storage.Relational;

/// <summary>
/// Writes documents with group commit: callers queue their document, and whoever holds the write gate stores every
/// queued document (up to <see cref="MaxGroup"/>) in one write transaction, each inside its own savepoint. A document
/// that is rejected or fails rolls back to its savepoint alone; the others commit. A caller's call returns only after the
/// transaction holding its document committed, so a returned outcome is durable exactly as a one-document transaction
/// was. One commit for several documents saves the commit and the repeated page writes that dominate small writes.
/// </summary>
internal sealed class DocumentWriter(RelationalBackend backend, SemaphoreSlim writeGate, ILogger logger, TimeProvider clock)
{
    /// <summary>The most documents one write transaction stores.</summary>
    public const int MaxGroup = 32;

    private const string Savepoint = "document";

    private readonly ConcurrentQueue<PendingDocumentWrite> _queue = new();
    private long _transactions;

    /// <summary>How many write transactions this writer committed or tried; tests read it to see that writes were grouped.</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    public async Task<DocumentWriteOutcome> UpsertAsync(DocumentWrite write, CancellationToken cancellationToken = default)
    {
        try
        {
            DocumentWriteValidator.Validate(write);
        }
        catch (GraphStoreException rejected)
        {
            GraphStoreLog.WriteRejected(logger, write?.Id ?? string.Empty, rejected.Code, rejected.Message);
            throw;
        }

        var pending = new PendingDocumentWrite(write);
        _queue.Enqueue(pending);
        var holdsGate = false;
        try
        {
            await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            holdsGate = true;
        }
        catch (OperationCanceledException) when (pending.TryWithdraw())
        {
            throw;
        }

        if (holdsGate)
        {
            try
            {
                // Every claimed write finishes before the gate is released, so ours is either done or still queued.
                while (!pending.IsDone)
                {
                    await WriteGroupAsync(ClaimGroup()).ConfigureAwait(false);
                }
            }
            finally
            {
                writeGate.Release();
            }
        }

        return await pending.Completion.ConfigureAwait(false);
    }

    private List<PendingDocumentWrite> ClaimGroup()
    {
        var group = new List<PendingDocumentWrite>(Math.Min(MaxGroup, _queue.Count + 1));
        while (group.Count < MaxGroup && _queue.TryDequeue(out var next))
        {
            if (next.TryClaim())
            {
                group.Add(next);
            }
        }

        return group;
    }

    /// <summary>
    /// Stores a claimed group and completes every write in it. Once a group is claimed its callers wait for it whatever
    /// their own cancellation, so it runs to the end without a token: no caller's cancellation may fail the others.
    /// </summary>
    private async Task WriteGroupAsync(IReadOnlyList<PendingDocumentWrite> group)
    {
        if (group.Count == 0)
        {
            return;
        }

        try
        {
            Interlocked.Increment(ref _transactions);
            var written = new List<(PendingDocumentWrite Pending, DocumentWriteOutcome Outcome)>(group.Count);
            await using (var connection = await backend.OpenAsync(CancellationToken.None).ConfigureAwait(false))
            await using (var transaction = await backend.BeginWriteAsync(connection, CancellationToken.None).ConfigureAwait(false))
            {
                foreach (var pending in group)
                {
                    await transaction.SaveAsync(Savepoint, CancellationToken.None).ConfigureAwait(false);
                    try
                    {
                        var now = clock.GetUtcNow().UtcTicks;
                        var outcome = await DocumentWriteSteps.WriteAsync(connection, transaction, pending.Write, now, logger, CancellationToken.None).ConfigureAwait(false);
                        await transaction.ReleaseAsync(Savepoint, CancellationToken.None).ConfigureAwait(false);
                        written.Add((pending, outcome));
                    }
                    catch (Exception failure) when (failure is GraphStoreException or DbException)
                    {
                        await transaction.RollbackAsync(Savepoint, CancellationToken.None).ConfigureAwait(false);
                        await transaction.ReleaseAsync(Savepoint, CancellationToken.None).ConfigureAwait(false);
                        pending.Fail(Describe(pending.Write, failure));
                    }
                }

                await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            }

            foreach (var (pending, outcome) in written)
            {
                LogWritten(pending.Write, outcome);
                pending.Succeed(outcome);
            }
        }
        catch (DbException) when (group.Count > 1)
        {
            // The transaction itself failed (begin, savepoint or commit): nothing of the group is stored, so every write
            // not yet answered is tried again in a transaction of its own, where a failure is that document's alone.
            foreach (var pending in group.Where(pending => !pending.IsDone))
            {
                await WriteGroupAsync([pending]).ConfigureAwait(false);
            }
        }
        catch (Exception failure)
        {
            foreach (var pending in group.Where(pending => !pending.IsDone))
            {
                pending.Fail(Describe(pending.Write, failure));
            }
        }
    }

    private Exception Describe(DocumentWrite write, Exception failure)
    {
        switch (failure)
        {
            case GraphStoreException rejected:
                GraphStoreLog.WriteRejected(logger, write.Id, rejected.Code, rejected.Message);
                return rejected;
            case DbException database:
                GraphStoreLog.WriteFailed(logger, database, write.Id);
                return new GraphStoreException(
                    ErrorCodes.StorageFailure,
                    $"Writing document '{write.Id}' failed and was rolled back: {database.Message}",
                    database);
            default:
                GraphStoreLog.WriteFailed(logger, failure, write.Id);
                return failure;
        }
    }

    private void LogWritten(DocumentWrite write, DocumentWriteOutcome outcome)
    {
        if (outcome == DocumentWriteOutcome.Unchanged)
        {
            GraphStoreLog.DocumentUnchanged(logger, write.Id);
            return;
        }

        var entityCount = write.Mentions.Select(mention => mention.EntityId).Distinct(StringComparer.Ordinal).Count();
        GraphStoreLog.DocumentWritten(logger, write.Id, outcome, write.Mentions.Count, entityCount);
    }
}
