namespace EntityGraph.Storage.Tests.Support;

/// <summary>A clock the test moves by hand, so "newest first" orderings are deterministic.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
