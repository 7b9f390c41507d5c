namespace EntityGraph.Telemetry.Drift;

/// <summary>
/// The population stability index of an observed distribution against its baseline: the sum over categories of
/// (observed - expected) x ln(observed / expected). Each side's shares are smoothed with half an entity per category
/// (share = (count + 0.5) / (n + 0.5 k)), so that a category empty in a window of a few hundred entities counts as
/// rare, not as infinitely different, and small windows are not read as drift for their empty bins alone. Under 0.1 is
/// usually read as stable, 0.1-0.2 as a shift worth watching, over 0.2 as drift.
/// </summary>
public static class PopulationStability
{
    /// <summary>Pseudo-count added to every category of each side.</summary>
    public const double PseudoCount = 0.5;

    /// <summary>The index over the categories of both sides (a category missing from one side has share 0 there).</summary>
    /// <param name="expected">Baseline shares.</param>
    /// <param name="expectedCount">Entities behind the baseline shares.</param>
    /// <param name="observed">Observed shares.</param>
    /// <param name="observedCount">Entities behind the observed shares.</param>
    public static double Index(IReadOnlyDictionary<string, double> expected, int expectedCount, IReadOnlyDictionary<string, double> observed, int observedCount)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(observed);
        var categories = expected.Keys.Union(observed.Keys, StringComparer.Ordinal).ToList();
        return Sum(categories.Select(c => expected.GetValueOrDefault(c)).ToList(), expectedCount, categories.Select(c => observed.GetValueOrDefault(c)).ToList(), observedCount);
    }

    /// <summary>The index over positional categories (bins) of equal count.</summary>
    /// <param name="expected">Baseline shares per bin.</param>
    /// <param name="expectedCount">Entities behind the baseline shares.</param>
    /// <param name="observed">Observed shares per bin.</param>
    /// <param name="observedCount">Entities behind the observed shares.</param>
    public static double Index(IReadOnlyList<double> expected, int expectedCount, IReadOnlyList<double> observed, int observedCount)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(observed);
        return expected.Count != observed.Count
            ? throw new ArgumentException("Both distributions need the same bins.", nameof(observed))
            : Sum(expected, expectedCount, observed, observedCount);
    }

    private static double Sum(IReadOnlyList<double> expected, int expectedCount, IReadOnlyList<double> observed, int observedCount)
    {
        var index = 0.0;
        for (var i = 0; i < expected.Count; i++)
        {
            var e = Smooth(expected[i], expectedCount, expected.Count);
            var o = Smooth(observed[i], observedCount, observed.Count);
            index += (o - e) * Math.Log(o / e);
        }

        return index;
    }

    private static double Smooth(double share, int count, int categories) =>
        ((share * count) + PseudoCount) / (count + (PseudoCount * categories));
}
