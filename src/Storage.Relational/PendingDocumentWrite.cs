namespace EntityGraph.Storage.Relational;

/// <summary>
/// One caller's document waiting for the writer. Whoever holds the write gate claims pending writes and stores them in
/// one transaction; a caller that gives up while still waiting withdraws its write, so a cancelled write is never stored
/// after its caller was told it was cancelled.
/// </summary>
internal sealed class PendingDocumentWrite(DocumentWrite write)
{
    private const int Waiting = 0;
    private const int Claimed = 1;
    private const int Withdrawn = 2;

    private readonly TaskCompletionSource<DocumentWriteOutcome> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state;

    public DocumentWrite Write { get; } = write;

    public Task<DocumentWriteOutcome> Completion => _completion.Task;

    public bool IsDone => _completion.Task.IsCompleted;

    /// <summary>Takes the write for a transaction; false when its caller withdrew it (or another writer took it).</summary>
    public bool TryClaim() => Interlocked.CompareExchange(ref _state, Claimed, Waiting) == Waiting;

    /// <summary>Withdraws the write before a writer claimed it; false when it is already being written.</summary>
    public bool TryWithdraw() => Interlocked.CompareExchange(ref _state, Withdrawn, Waiting) == Waiting;

    public void Succeed(DocumentWriteOutcome outcome) => _completion.TrySetResult(outcome);

    public void Fail(Exception failure) => _completion.TrySetException(failure);
}
