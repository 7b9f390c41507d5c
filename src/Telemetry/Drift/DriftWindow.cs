namespace EntityGraph.Telemetry.Drift;

/// <summary>
/// The last <c>capacity</c> entities one model recognized in one language (confidence bin and type), with running counts
/// so that a snapshot costs one pass over the bins and types, not over the entities. Thread-safe.
/// </summary>
internal sealed class DriftWindow(int capacity, DistributionBaseline? baseline)
{
    private readonly (int Bin, string Type)[] _entities = new (int, string)[capacity];
    private readonly int[] _bins = new int[ConfidenceBins.Count];
    private readonly Dictionary<string, int> _types = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private int _next;
    private int _count;
    private long _seen;

    /// <summary>The baseline this window is compared with, null when the model has none.</summary>
    public DistributionBaseline? Baseline { get; } = baseline;

    /// <summary>Whether the last check found drift (a warning is logged only when this turns true).</summary>
    public bool Drifting { get; set; }

    /// <summary>Adds entities, dropping the oldest beyond the capacity.</summary>
    public void Add(IEnumerable<(string Type, double Confidence)> entities)
    {
        lock (_lock)
        {
            foreach (var (type, confidence) in entities)
            {
                if (_count == _entities.Length)
                {
                    var (oldBin, oldType) = _entities[_next];
                    _bins[oldBin]--;
                    if (--_types[oldType] == 0)
                    {
                        _types.Remove(oldType);
                    }
                }
                else
                {
                    _count++;
                }

                var bin = ConfidenceBins.Of(confidence);
                _entities[_next] = (bin, type);
                _bins[bin]++;
                _types[type] = _types.GetValueOrDefault(type) + 1;
                _next = (_next + 1) % _entities.Length;
                _seen++;
            }
        }
    }

    /// <summary>The window's distribution now: entity count, total seen, confidence shares per bin, type shares.</summary>
    public (int Entities, long Seen, IReadOnlyList<double> Confidence, IReadOnlyDictionary<string, double> Types) Snapshot()
    {
        lock (_lock)
        {
            var total = Math.Max(1, _count);
            var bins = _bins.Select(b => (double)b / total).ToList();
            var types = _types.ToDictionary(kv => kv.Key, kv => (double)kv.Value / total, StringComparer.Ordinal);
            return (_count, _seen, bins, types);
        }
    }
}
