namespace EntityGraph.GraphApi.Tests.Infrastructure;

/// <summary>A clock that moves one minute forward on every read, so "newest first" orders follow the seeding order.</summary>
public sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private long _reads;

    public override DateTimeOffset GetUtcNow() => start.AddMinutes(Interlocked.Increment(ref _reads));
}
