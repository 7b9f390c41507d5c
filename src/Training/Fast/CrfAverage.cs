using EntityGraph.Ner.Models;

namespace EntityGraph.Training.Fast;

/// <summary>The element-wise mean of several CRFs' transition, start and end scores over one label set.</summary>
public static class CrfAverage
{
    public static CrfConfig Of(IReadOnlyList<CrfConfig> crfs)
    {
        ArgumentNullException.ThrowIfNull(crfs);
        if (crfs.Count == 0)
        {
            throw new ArgumentException("no CRF to average", nameof(crfs));
        }

        var labels = crfs[0].Start.Length;
        if (crfs.Any(c => c.Start.Length != labels || c.End.Length != labels || c.Transitions.Count != labels || c.Transitions.Any(row => row.Length != labels)))
        {
            throw new ArgumentException("the CRFs have different label counts", nameof(crfs));
        }

        return new CrfConfig
        {
            Transitions = Enumerable.Range(0, labels).Select(from => Mean(crfs.Select(c => c.Transitions[from]).ToList())).ToList(),
            Start = Mean(crfs.Select(c => c.Start).ToList()),
            End = Mean(crfs.Select(c => c.End).ToList()),
        };
    }

    private static float[] Mean(IReadOnlyList<float[]> rows)
    {
        var result = new float[rows[0].Length];
        foreach (var row in rows)
        {
            for (var i = 0; i < result.Length; i++)
            {
                result[i] += row[i] / rows.Count;
            }
        }

        return result;
    }
}
