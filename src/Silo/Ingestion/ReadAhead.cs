using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace EntityGraph.Silo.Ingestion;

/// <summary>
/// Reads a source ahead of its consumers: a producer task fills a bounded buffer while the consumers work, so parsing
/// the next files (PDF, DOCX, e-mail) overlaps the documents in the grains instead of stalling the worker that asked for
/// the next item. The bound keeps at most <c>capacity</c> read documents in memory.
/// </summary>
public static class ReadAhead
{
    /// <summary>The items of <paramref name="source"/> in order, read up to <paramref name="capacity"/> ahead; a failure of the source surfaces where it occurred.</summary>
    public static async IAsyncEnumerable<T> BufferAsync<T>(IAsyncEnumerable<T> source, int capacity, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        var buffer = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var item in source.WithCancellation(stop.Token).ConfigureAwait(false))
                    {
                        await buffer.Writer.WriteAsync(item, stop.Token).ConfigureAwait(false);
                    }

                    buffer.Writer.TryComplete();
                }
                catch (Exception ex)
                {
                    buffer.Writer.TryComplete(ex);
                }
            },
            CancellationToken.None);
        try
        {
            await foreach (var item in buffer.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
        finally
        {
            // The consumer stopped (done, failed or cancelled): stop reading and wait for the producer to let go of the source.
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
        }
    }
}
