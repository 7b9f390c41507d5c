namespace EntityGraph.Storage.Tests.Support;

/// <summary>How the conformance suite gets fresh stores of one backend.</summary>
public abstract class StoreBackend
{
    /// <summary>A fresh store whose schema is not created yet.</summary>
    public abstract Task<TempStore> CreateUninitializedAsync(TimeProvider? clock = null, CancellationToken cancellationToken = default);

    /// <summary>A fresh, initialized store.</summary>
    public async Task<TempStore> CreateAsync(TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var temp = await CreateUninitializedAsync(clock, cancellationToken);
        await temp.Store.InitializeAsync(cancellationToken);
        return temp;
    }
}
