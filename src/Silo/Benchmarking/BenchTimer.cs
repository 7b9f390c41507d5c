using System.Diagnostics;

namespace EntityGraph.Silo.Benchmarking;

/// <summary>
/// Times a pass of work: one untimed warm-up pass, which also sets how many passes make one timed run of at least
/// <see cref="MinSeconds"/>, then <see cref="Runs"/> timed runs; the median rate (units a second) is the result.
/// </summary>
public sealed record BenchTimer(int Runs, double MinSeconds)
{
    /// <summary>Median units per second of <paramref name="pass"/>, which does <paramref name="units"/> units of work.</summary>
    public async Task<double> RateAsync(double units, Func<CancellationToken, Task> pass, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pass);
        var warmUp = Stopwatch.StartNew();
        await pass(cancellationToken).ConfigureAwait(false);
        var repeats = Math.Max(1, (int)Math.Ceiling(MinSeconds / Math.Max(warmUp.Elapsed.TotalSeconds, 1e-3)));
        var rates = new List<double>(Runs);
        for (var run = 0; run < Runs; run++)
        {
            var clock = Stopwatch.StartNew();
            for (var repeat = 0; repeat < repeats; repeat++)
            {
                await pass(cancellationToken).ConfigureAwait(false);
            }

            rates.Add(units * repeats / clock.Elapsed.TotalSeconds);
        }

        return Median(rates);
    }

    /// <summary>The median of <paramref name="values"/> (the mean of the middle two for an even count).</summary>
    public static double Median(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The <paramref name="percentile"/> (0-100) of <paramref name="values"/> by the nearest-rank method.</summary>
    public static double Percentile(IReadOnlyList<double> sortedValues, double percentile)
    {
        ArgumentNullException.ThrowIfNull(sortedValues);
        if (sortedValues.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sortedValues.Count);
        return sortedValues[Math.Clamp(rank - 1, 0, sortedValues.Count - 1)];
    }
}
